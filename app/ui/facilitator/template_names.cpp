// Template names in another interface language for a board made from it.
#include "ui/facilitator/template_names.h"
#include "edit/board_commands.h"

namespace jb::ui {

const store::Template* TemplateOf(const model::Session& session, const std::vector<const store::Template*>& templates) {
    if (session.template_id.empty())
        return nullptr;
    for (const store::Template* t : templates)
        if (t && t->id == session.template_id)
            return t;
    return nullptr;
}

std::unique_ptr<edit::CommandGroup> TemplateNamesIn(const model::Session& s, const store::Template& tmpl,
                                                    std::string_view language) {
    if (s.language == language || !tmpl.names.Has(language))
        return nullptr;
    auto group = std::make_unique<edit::CommandGroup>("Template names", "cmd.template_names");
    if (s.title == tmpl.names.Get(s.language) && s.title != tmpl.names.Get(language))
        group->Add(std::make_unique<edit::RenameSession>(tmpl.names.Get(language))); // the default title too
    for (const model::Stage& stage : s.stages)
        for (const store::TemplateStage& ts : tmpl.stages) {
            if (ts.id != stage.id || !ts.names.Has(language))
                continue;
            edit::StageEdit e;
            if (stage.name == ts.names.Get(s.language) && stage.name != ts.names.Get(language))
                e.name = ts.names.Get(language); // renamed by the room: theirs stays
            if (stage.prompt == ts.prompts.Get(s.language) && stage.prompt != ts.prompts.Get(language))
                e.prompt = ts.prompts.Get(language);
            if (e.name || e.prompt)
                group->Add(std::make_unique<edit::EditStage>(stage.id, std::move(e)));
        }
    for (const model::Lane& lane : s.lanes)
        for (const store::TemplateLane& tl : tmpl.lanes)
            if (tl.id == lane.id && tl.names.Has(language) && lane.name == tl.names.Get(s.language) &&
                lane.name != tl.names.Get(language))
                group->Add(std::make_unique<edit::RenameLane>(lane.id, tl.names.Get(language)));
    if (group->Empty())
        return nullptr;
    return group;
}

} // namespace jb::ui
