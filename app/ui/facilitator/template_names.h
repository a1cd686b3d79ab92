// A board started from a template in one language, shown in another: the
// stage and lane names the room has not renamed, in the template's wording
// for the interface language, as one undoable step.
#pragma once

#include "edit/command_group.h"
#include "model/session.h"
#include "store/template_library.h"

#include <memory>
#include <string_view>

namespace jb::ui {

/// A group of title, stage (name and prompt) and lane renames to `language`'s
/// text of `tmpl`, for the title, stages and lanes whose text is still the template's in
/// the session's own language; null when there is nothing to change (the board
/// is already in that language, or the room renamed everything).
[[nodiscard]] std::unique_ptr<edit::CommandGroup> TemplateNamesIn(const model::Session& session,
                                                                 const store::Template& tmpl,
                                                                 std::string_view language);

/// The template `session` was started from, among `templates`; null if none.
[[nodiscard]] const store::Template* TemplateOf(const model::Session& session,
                                                const std::vector<const store::Template*>& templates);

} // namespace jb::ui
