// The board's name editor dialog (stages, lanes, stacks).
#include "ui/board/structure_editor.h"

#include "edit/board_commands.h"
#include "edit/command_queue.h"
#include "edit/group_commands.h"
#include "model/queries.h"
#include "ui/kit/text_wrap.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

StructureEditor::StructureEditor() : m_text(kMaxNameBytes) {}

std::optional<std::string> StructureEditor::Current(const model::Session& session) const {
    switch (m_field) {
    case Field::StageName:
    case Field::StagePrompt:
        if (const model::Stage* stage = model::FindStage(session, m_id))
            return m_field == Field::StageName ? stage->name : stage->prompt;
        break;
    case Field::LaneName:
        if (const model::Lane* lane = model::FindLane(session, m_id))
            return lane->name;
        break;
    case Field::GroupName:
        if (const model::NoteGroup* g = model::FindGroup(session, m_id))
            return g->name;
        break;
    }
    return std::nullopt;
}

bool StructureEditor::MayEdit(const UiContext& ctx) const {
    if (m_field != Field::GroupName)
        return MayAct(ctx, workshop::Action::EditStructure);
    // A stack's name is the text of its notes: whoever may edit every one of them.
    const model::NoteGroup* g = ctx.session ? model::FindGroup(*ctx.session, m_id) : nullptr;
    return g && std::all_of(g->notes.begin(), g->notes.end(), [&](const model::Id& id) {
               const model::Note* n = model::FindNote(*ctx.session, id);
               return n && MayActOnNote(ctx, workshop::Action::EditNote, *n);
           });
}

void StructureEditor::Open(const model::Session& session, Field field, const model::Id& id) {
    m_field = field;
    m_id = id;
    const std::optional<std::string> current = Current(session);
    if (!current)
        return;
    m_open = true;
    m_original = *current;
    const std::size_t limit = field == Field::StagePrompt ? kMaxPromptBytes : kMaxNameBytes;
    // A longer text (from a file) is never cut just by opening it.
    m_text = TextBuffer(std::max(limit, m_original.size() + 64));
    m_text.SetText(m_original); // cursor at the end, ready to add
    m_keyboard.Reset();         // no caps lock or symbols page left over from the last person
}

void StructureEditor::Commit(UiContext& ctx) {
    const std::string text = OneLineText(m_text.Text());
    Close();
    // Asked again at Done: facilitator mode may have closed while the keyboard was open.
    if (!MayEdit(ctx) || text == OneLineText(m_original))
        return;
    switch (m_field) {
    case Field::StageName:
        if (!text.empty())
            ctx.commands->Emplace<edit::RenameStage>(m_id, text);
        break;
    case Field::StagePrompt: {
        edit::StageEdit e;
        e.prompt = text; // empty: the stage asks nothing
        ctx.commands->Emplace<edit::EditStage>(m_id, e);
        break;
    }
    case Field::LaneName:
        if (!text.empty())
            ctx.commands->Emplace<edit::RenameLane>(m_id, text);
        break;
    case Field::GroupName: // empty: the stack has no name
        ctx.commands->Emplace<edit::RenameGroup>(m_id, text);
        break;
    }
}

bool StructureEditor::Draw(UiContext& ctx) {
    if (!m_open || !ctx.session)
        return false;
    const model::Stage* stage = m_field == Field::StagePrompt ? model::FindStage(*ctx.session, m_id) : nullptr;
    if (!Current(*ctx.session) || (m_field == Field::StagePrompt && !stage)) {
        Close(); // removed meanwhile (undo, another finger): nothing left to edit
        return false;
    }
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    ImDrawList* dl = BeginModal(ctx, "##structure_editor", "structure_editor.backdrop");

    const float kb_h = OnScreenKeyboard::Height(m, display.x);
    const float top_h = display.y - kb_h;
    const float w = std::min(display.x - pad * 4, std::max(m.body_font_px * 36.0f, display.x * 0.5f));
    const float x0 = (display.x - w) * 0.5f;
    float y = pad * 2;
    const std::string title =
        m_field == Field::StageName   ? std::string(ctx.Tr("structure.rename_stage_title"))
        : m_field == Field::LaneName  ? std::string(ctx.Tr("structure.rename_lane_title"))
        : m_field == Field::GroupName ? std::string(ctx.Tr("group.name_title"))
                                      : Format(ctx.Tr("structure.prompt_title"), {stage->name});
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, x0, y, w, m.title_font_px * 1.2f, Palette::kWhite, title);
    y += m.title_font_px * 1.5f;

    // The field: large text on white, the cursor where the next letter goes.
    const float text_size = std::max(m.title_font_px, m.body_font_px * 1.3f);
    const float inner = pad * 1.5f;
    ImFont* font = ctx.fonts.body;
    const std::string& text = m_text.Text();
    const std::vector<TextLine> lines = WrapText(font ? font : ImGui::GetFont(), text_size, text, w - inner * 2);
    const float field_h = std::max(m.target_px, text_size * static_cast<float>(std::clamp<std::size_t>(lines.size(), 1, 4)) + inner * 2);
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + w, y + field_h), Palette::kWhite, pad * 0.6f);
    if (ctx.hits)
        ctx.hits->Add("structure_editor.field", {x0, y, w, field_h});
    DrawTextInBox(ctx, dl, font, text_size, x0 + inner, y + inner, w - inner * 2, field_h - inner * 2, Palette::kInk, text);
    if (text.empty())
        DrawText(ctx, dl, font, text_size, x0 + inner, y + inner, Palette::kPlaceholderOnLight,
                 ctx.Tr(m_field == Field::StagePrompt ? "structure.prompt_placeholder"
                               : m_field == Field::GroupName ? "group.name_placeholder"
                                                             : "structure.name_placeholder"));
    {
        float cx = x0 + inner, cy = y + inner;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const TextLine& l = lines[i];
            if (m_text.Cursor() <= l.end || i + 1 == lines.size()) {
                const std::size_t upto = std::clamp(m_text.Cursor(), l.begin, l.end);
                cx += MeasureText(font, text_size, std::string_view(text).substr(l.begin, upto - l.begin)).x;
                cy += text_size * static_cast<float>(i);
                break;
            }
        }
        dl->AddLine(ImVec2(cx + 1, cy), ImVec2(cx + 1, cy + text_size), Palette::kFocus, std::max(2.0f, pad * 0.35f));
    }
    y += field_h + pad * 2;

    // Cancel on the left, Done on the right.
    const float bw = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    const float by = std::min(y, top_h - m.target_px - pad);
    bool done = false, cancel = false;
    ImGui::SetCursorScreenPos(ImVec2(x0, by));
    cancel = TouchButton(ctx, "structure_editor.cancel", ctx.Tr("common.cancel"), "close", bw).clicked;
    ImGui::SetCursorScreenPos(ImVec2(x0 + w - bw, by));
    const bool composing = m_keyboard.ComposingPinyin(ctx); // pinyin typed but no word picked yet
    // A stage or lane always has a name; a prompt and a stack's name may be emptied.
    const bool may_finish =
        m_field == Field::StagePrompt || m_field == Field::GroupName || !OneLineText(text).empty() || composing;
    done = TouchButton(ctx, "structure_editor.done", ctx.Tr("common.done"), "check", bw, ButtonLook::Primary,
                       may_finish)
               .clicked;

    bool animating = false;
    const KeyboardResult k = m_keyboard.Draw(ctx, Rect{0, top_h, display.x, kb_h});
    animating = k.animating;
    if (k.action == KeyAction::Enter)
        done |= may_finish; // one line: Enter finishes, as on a form
    else if (k.action != KeyAction::Hide)
        ApplyTo(m_text, k);
    const PhysicalKeys keys = ReadPhysicalKeys(m_text);
    done |= keys.enter && may_finish;
    cancel |= keys.escape;
    EndOverlay();
    if (done) {
        m_keyboard.FinishPinyinInto(ctx, m_text); // a word typed but not picked is kept as typed
        Commit(ctx);
    } else if (cancel) {
        Close();
    }
    return animating;
}

} // namespace jb::ui
