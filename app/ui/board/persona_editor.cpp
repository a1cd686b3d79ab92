// The persona editor dialog.
#include "ui/board/persona_editor.h"
#include "edit/board_commands.h"
#include "edit/command_queue.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

namespace {
constexpr std::array<std::pair<PersonaEditor::Field, std::string_view>, 4> kFields = {{
    {PersonaEditor::Field::Name, "board.persona"},
    {PersonaEditor::Field::Description, "board.persona_description"},
    {PersonaEditor::Field::Goals, "board.persona_goals"},
    {PersonaEditor::Field::Needs, "board.persona_needs"},
}};
constexpr std::size_t kMaxFieldBytes = 600;
} // namespace

PersonaEditor::PersonaEditor() : m_text(kMaxFieldBytes) {}

void PersonaEditor::Open(const model::Session& session, const std::vector<std::string>& photos) {
    m_open = true;
    m_original = m_draft = session.persona;
    m_photos = photos;
    m_keyboard.Reset();
    Activate(Field::Name);
}

std::string& PersonaEditor::FieldText(Field f) {
    switch (f) {
    case Field::Name: return m_draft.name;
    case Field::Description: return m_draft.description;
    case Field::Goals: return m_draft.goals;
    case Field::Needs: return m_draft.needs;
    }
    return m_draft.name;
}

void PersonaEditor::StoreActive() { FieldText(m_active) = m_text.Text(); }

void PersonaEditor::Activate(Field f) {
    m_active = f;
    // Room for what is there already: opening a field never cuts it.
    m_text = TextBuffer(std::max(kMaxFieldBytes, FieldText(f).size() + 64));
    m_text.SetText(FieldText(f));
}

bool PersonaEditor::Draw(UiContext& ctx) {
    if (!m_open)
        return false;
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    // Solid: the board (notes, the photo hint's background) must not show through the form.
    ImDrawList* dl = BeginModal(ctx, "##persona_editor", "persona_editor.backdrop", Palette::kToolbarBg);

    const float kb_h = OnScreenKeyboard::Height(m, display.x);
    const float top_h = display.y - kb_h;
    const float w = std::min(display.x - pad * 4, std::max(m.body_font_px * 40.0f, display.x * 0.6f));
    const float x0 = (display.x - w) * 0.5f;
    float y = pad * 2;
    DrawText(ctx, dl, ctx.fonts.title, m.title_font_px, x0, y, Palette::kWhite, ctx.Tr("persona.edit_title"));
    y += m.title_font_px * 1.3f;

    // One row per field: its label and value; the active one is white and shows the cursor.
    const float label_w = m.body_font_px * 6.0f;
    const float row_h = std::max(m.target_px, m.body_font_px * 2.4f);
    StoreActive();
    for (const auto& [field, key] : kFields) {
        const bool active = field == m_active;
        const std::string id = "persona_editor.field." + std::to_string(static_cast<int>(field));
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        ImGui::PushID(id.c_str());
        const bool pressed = ImGui::InvisibleButton("##f", ImVec2(w, row_h));
        ImGui::PopID();
        if (ctx.hits)
            ctx.hits->Add(id, {x0, y, w, row_h});
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + w, y + row_h), active ? Palette::kWhite : Palette::kButtonBg,
                          pad * 0.6f);
        DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px * 0.85f, x0 + pad, y + (row_h - m.body_font_px) * 0.5f,
                      label_w - pad, m.body_font_px * 1.2f, active ? Palette::kInkMuted : Palette::kSoftText,
                      ctx.Tr(key));
        const std::string& value = active ? m_text.Text() : FieldText(field);
        const float vx = x0 + label_w, vw = w - label_w - pad;
        DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, vx, y + (row_h - m.body_font_px) * 0.5f, vw,
                      row_h - pad, active ? Palette::kInk : Palette::kWhite, value);
        if (active) {
            const float cx = vx + std::min(MeasureText(ctx.fonts.body, m.body_font_px,
                                                       std::string_view(value).substr(0, m_text.Cursor())).x, vw);
            dl->AddLine(ImVec2(cx + 1, y + pad), ImVec2(cx + 1, y + row_h - pad), Palette::kFocus, std::max(2.0f, pad * 0.35f));
        }
        if (pressed && !active) {
            // Pinyin typed but not picked belongs to the field it was typed in.
            if (m_keyboard.FinishPinyinInto(ctx, m_text))
                StoreActive();
            Activate(field);
        }
        y += row_h + pad;
    }

    // Photo choices: none, then the images found in the data folder.
    const float thumb = m.target_px * 1.4f;
    DrawText(ctx, dl, ctx.fonts.body, m.body_font_px * 0.85f, x0, y, Palette::kSoftText, ctx.Tr("persona.photo"));
    y += m.body_font_px * 1.2f;
    float tx = x0;
    const auto photo_button = [&](const std::string& file, std::size_t index) {
        const std::string id = "persona_editor.photo." + std::to_string(index);
        ImGui::SetCursorScreenPos(ImVec2(tx, y));
        ImGui::PushID(id.c_str());
        const bool pressed = ImGui::InvisibleButton("##p", ImVec2(thumb, thumb));
        ImGui::PopID();
        if (ctx.hits)
            ctx.hits->Add(id, {tx, y, thumb, thumb});
        const bool chosen = m_draft.photo == file;
        dl->AddRectFilled(ImVec2(tx, y), ImVec2(tx + thumb, y + thumb), Palette::kButtonBg, pad * 0.5f);
        if (file.empty()) {
            // Centred with a margin on every side, shrunk (within reason) to fit: never on the edge.
            const std::string_view none = ctx.Tr("persona.no_photo");
            const float margin = std::max(pad, thumb * 0.12f);
            const float box = thumb - 2 * margin;
            const float size = FitTextSize(ctx.fonts.body, none, box, box, m.body_font_px * 0.6f, m.body_font_px * 0.8f);
            const ImVec2 ts = MeasureText(ctx.fonts.body, size, none, box);
            DrawTextInBox(ctx, dl, ctx.fonts.body, size, tx + margin + std::max(0.0f, (box - ts.x) * 0.5f),
                          y + margin + std::max(0.0f, (box - ts.y) * 0.5f), box, box, Palette::kWhite, none);
        } else if (ctx.photo) {
            const Icon img = ctx.photo(file, thumb);
            if (img.valid())
                dl->AddImageRounded(img.texture, ImVec2(tx + pad * 0.3f, y + pad * 0.3f),
                                    ImVec2(tx + thumb - pad * 0.3f, y + thumb - pad * 0.3f), ImVec2(0, 0), ImVec2(1, 1),
                                    Palette::kWhite, pad * 0.4f);
        }
        if (chosen)
            dl->AddRect(ImVec2(tx, y), ImVec2(tx + thumb, y + thumb), Palette::kAccent, pad * 0.5f, 0, pad * 0.6f);
        if (pressed)
            m_draft.photo = file;
        tx += thumb + pad;
    };
    photo_button("", 0);
    for (std::size_t i = 0; i < m_photos.size() && tx + thumb < x0 + w; ++i)
        photo_button(m_photos[i], i + 1);
    if (m_photos.empty())
        DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px * 0.8f, tx, y + thumb * 0.3f, x0 + w - tx, thumb,
                      Palette::kSoftText, ctx.Tr("persona.photo_hint"));
    y += thumb + pad * 2;

    // Cancel and Done.
    const float bw = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    const float by = std::min(y, top_h - m.target_px - pad);
    bool done = false, cancel = false;
    ImGui::SetCursorScreenPos(ImVec2(x0, by));
    cancel = TouchButton(ctx, "persona_editor.cancel", ctx.Tr("common.cancel"), "close", bw).clicked;
    ImGui::SetCursorScreenPos(ImVec2(x0 + w - bw, by));
    done = TouchButton(ctx, "persona_editor.done", ctx.Tr("common.done"), "check", bw, ButtonLook::Primary).clicked;

    bool animating = false;
    const KeyboardResult k = m_keyboard.Draw(ctx, Rect{0, top_h, display.x, kb_h});
    animating = k.animating;
    if (k.action != KeyAction::Enter && k.action != KeyAction::Hide)
        ApplyTo(m_text, k);
    const PhysicalKeys keys = ReadPhysicalKeys(m_text);
    if (k.action == KeyAction::Enter || keys.enter || keys.tab) {
        // Enter (or Tab) moves to the next field, as on a form.
        m_keyboard.FinishPinyinInto(ctx, m_text);
        StoreActive();
        Activate(static_cast<Field>((static_cast<int>(m_active) + 1) % 4));
    }
    cancel |= keys.escape;
    if (done)
        m_keyboard.FinishPinyinInto(ctx, m_text); // a word typed but not picked is kept as typed
    StoreActive();
    EndOverlay();

    if (done) {
        if (MayAct(ctx, workshop::Action::EditPersona) && !(m_draft == m_original))
            ctx.commands->Emplace<edit::EditPersona>(m_draft);
        Close();
    } else if (cancel) {
        Close();
    }
    return animating;
}

} // namespace jb::ui
