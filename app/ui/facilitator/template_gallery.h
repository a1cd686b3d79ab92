// The template gallery: a full-screen touch dialog showing the template
// library as large cards (name, stage strip, lane colours) with category
// filters; a card opens a preview, "Start a new board" asks for the title and
// persona on the on-screen keyboard, and Create returns a request. It reads
// only the templates it was given: no session, no files.
#pragma once

#include "store/template_library.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

#include <optional>
#include <string>
#include <vector>

namespace jb::ui {

/// What the facilitator asked for: a new board from a template.
struct TemplateCreateRequest {
    std::string template_id;
    std::string title;          ///< trimmed; the template's name in the interface language when left empty
    std::string persona_name;   ///< trimmed; may be empty
    bool operator==(const TemplateCreateRequest&) const = default;
};

/// What one frame of the gallery did.
struct TemplateGalleryResult {
    bool closed = false;                          ///< it closed this frame (Close, Escape or Create)
    std::optional<TemplateCreateRequest> create;  ///< set when Create was tapped
    bool animating = false;                       ///< a key is held: render frames without waiting for input
};

/// Hit targets it registers: "gallery.backdrop", "gallery.close",
/// "gallery.filter.all", "gallery.filter.<category>", "gallery.card.<id>",
/// "gallery.previous", "gallery.next" (when there are several pages);
/// preview: "gallery.back", "gallery.start"; details: "gallery.field.title",
/// "gallery.field.persona", "gallery.back", "gallery.create" and the keyboard's "osk.key.*".
class TemplateGallery {
public:
    enum class Step { Grid, Preview, Details };
    enum class Field { Title, Persona };

    static constexpr std::size_t kMaxTitleBytes = 200;
    static constexpr std::size_t kMaxPersonaBytes = 120;

    TemplateGallery();

    /// Opens on the grid (all categories, first page). The templates are
    /// copied, so the library may be reloaded while the gallery is open.
    void Open(const std::vector<const store::Template*>& templates);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }
    [[nodiscard]] Step CurrentStep() const { return m_step; }

    /// The category filter; nullopt = all.
    [[nodiscard]] std::optional<store::TemplateCategory> Filter() const { return m_filter; }
    /// Ids of the templates the filter lets through, in library order (all pages).
    [[nodiscard]] std::vector<std::string> FilteredIds() const;
    /// Categories present among the templates, in kTemplateCategoryNames order.
    [[nodiscard]] std::vector<store::TemplateCategory> Categories() const;
    /// Grid page shown (0-based) and how many there are (known after a Draw).
    [[nodiscard]] int PageIndex() const { return m_page; }
    [[nodiscard]] int PageCount() const { return m_page_count; }
    /// The template being previewed or started; nullptr on the grid.
    [[nodiscard]] const store::Template* Selected() const;
    [[nodiscard]] Field ActiveField() const { return m_active; }
    [[nodiscard]] const TextBuffer& TitleText() const { return m_title; }
    [[nodiscard]] const TextBuffer& PersonaText() const { return m_persona; }
    OnScreenKeyboard& Keyboard() { return m_keyboard; }

    /// Draws the gallery when open and reports what happened.
    TemplateGalleryResult Draw(UiContext& ctx);

private:
    void DrawGrid(UiContext& ctx, TemplateGalleryResult& result);
    void DrawPreview(UiContext& ctx, TemplateGalleryResult& result);
    void DrawDetails(UiContext& ctx, TemplateGalleryResult& result);
    /// The page header (title and Close); returns the y below it.
    float DrawHeader(UiContext& ctx, std::string_view title, TemplateGalleryResult& result);
    void SetFilter(std::optional<store::TemplateCategory> filter);
    void Select(std::size_t index);
    TextBuffer& ActiveBuffer() { return m_active == Field::Title ? m_title : m_persona; }
    [[nodiscard]] TemplateCreateRequest MakeRequest(const UiContext& ctx) const;

    bool m_open = false;
    Step m_step = Step::Grid;
    std::vector<store::Template> m_templates;
    std::optional<store::TemplateCategory> m_filter;
    int m_page = 0;
    int m_page_count = 1;
    std::size_t m_selected = 0;
    Field m_active = Field::Title;
    TextBuffer m_title;
    TextBuffer m_persona;
    OnScreenKeyboard m_keyboard;
};

} // namespace jb::ui
