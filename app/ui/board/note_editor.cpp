// The note editor dialog.
#include "ui/board/note_editor.h"

#include "edit/command_queue.h"
#include "edit/note_commands.h"
#include "model/queries.h"
#include "ui/kit/text_wrap.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace jb::ui {

NoteEditor::NoteEditor() : m_text(kMaxNoteBytes) {}

void NoteEditor::OpenNew(const model::Session&, const model::Id& stage, const model::Id& lane) {
    m_mode = Mode::New;
    m_note.clear();
    m_stage = stage;
    m_lane = lane;
    m_original.clear();
    m_text = TextBuffer(kMaxNoteBytes);
    m_keyboard.Reset(); // no caps lock or symbols page left over from the last person
    m_keyboard_visible = true;
}

void NoteEditor::OpenEdit(const model::Session& session, const model::Id& note) {
    const model::Note* n = model::FindNote(session, note);
    if (!n)
        return;
    m_mode = Mode::Edit;
    m_note = note;
    m_stage = n->stage;
    m_lane = n->lane;
    m_original = n->text;
    // A long note (imported, or from a laptop) is never cut just by opening it.
    m_text = TextBuffer(std::max(kMaxNoteBytes, n->text.size() + 64));
    m_text.SetText(n->text); // cursor at the end, ready to add
    m_keyboard.Reset();
    m_keyboard_visible = true;
}

void NoteEditor::Close() { m_mode = Mode::Closed; }

bool NoteEditor::StillAllowed(const UiContext& ctx) const {
    if (!ctx.session)
        return false;
    if (m_mode == Mode::New)
        return MayAct(ctx, workshop::Action::AddNote);
    const model::Note* n = model::FindNote(*ctx.session, m_note);
    return n && MayActOnNote(ctx, workshop::Action::EditNote, *n);
}

void NoteEditor::Commit(UiContext& ctx) {
    const std::string text = TrimmedText(m_text.Text());
    // Asked again at Done: the person at the screen may not be the one who opened it.
    if (StillAllowed(ctx) && !text.empty()) {
        if (m_mode == Mode::New) {
            edit::NoteDraft draft;
            draft.stage = m_stage;
            draft.lane = m_lane;
            draft.text = text;
            draft.author = ctx.active_participant; // whoever's token is selected wrote it
            // Silent writing: the note goes up face-down until the facilitator reveals them all.
            draft.hidden = ctx.session && workshop::NewNotesHidden(ctx.session->workshop);
            ctx.commands->Emplace<edit::AddNote>(draft);
        } else if (text != TrimmedText(m_original)) { // Done without a change changes nothing
            ctx.commands->Emplace<edit::EditNoteText>(m_note, text);
        }
    }
    Close();
}

bool NoteEditor::Draw(UiContext& ctx) {
    if (!IsOpen() || !ctx.session)
        return false;
    if (m_mode == Mode::Edit && !model::FindNote(*ctx.session, m_note)) {
        Close(); // deleted meanwhile (undo, another finger): nothing left to edit
        return false;
    }
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    ImDrawList* dl = BeginModal(ctx, "##note_editor", "editor.backdrop");

    const float kb_h = m_keyboard_visible ? OnScreenKeyboard::Height(m, display.x) : 0.0f;
    const float top_h = display.y - kb_h;

    // Header: where the note goes.
    const model::Stage* stage = model::FindStage(*ctx.session, m_stage);
    const model::Lane* lane = model::FindLane(*ctx.session, m_lane);
    std::string where = std::string(ctx.Tr(m_mode == Mode::New ? "editor.new_note" : "editor.edit_note"));
    if (stage && lane)
        where += "  ·  " + stage->name + " / " + lane->name;
    DrawTextInBox(ctx, dl, ctx.fonts.title, m.title_font_px, pad * 2, pad * 2, display.x - pad * 4, m.title_font_px * 1.2f,
                  Palette::kWhite, where);

    // The note itself, large, with the cursor.
    const float buttons_h = m.target_px + pad * 2;
    const float card_top = pad * 3 + m.title_font_px * 1.2f;
    // A sticky note, larger than on the board: about 2:1, never taller than the room left.
    const float card_w = std::min(display.x - pad * 4, std::max(m.note_font_px * 30.0f, display.x * 0.5f));
    const float card_h = std::max(m.target_px, std::min(card_w * 0.36f, top_h - card_top - buttons_h - pad * 2));
    const float card_x = (display.x - card_w) * 0.5f;
    const std::uint32_t fill = FromRgb(lane ? lane->color : Palette::kNoteYellow);
    dl->AddRectFilled(ImVec2(card_x, card_top), ImVec2(card_x + card_w, card_top + card_h), fill, pad);
    // Large enough that the people watching can read along as it is typed.
    const float text_size = std::max(m.note_font_px * 1.7f, m.body_font_px);
    const float inner = pad * 2;
    const std::string& text = m_text.Text();
    ImFont* font = ctx.fonts.note ? ctx.fonts.note : ImGui::GetFont();
    // Text before the cursor tells where the cursor bar goes.
    const std::string before = text.substr(0, m_text.Cursor());
    DrawText(ctx, dl, font, text_size, card_x + inner, card_top + inner, Palette::kInk, text, card_w - inner * 2);
    if (text.empty())
        DrawText(ctx, dl, font, text_size, card_x + inner, card_top + inner, Shade(0x80), ctx.Tr("editor.placeholder"),
                 card_w - inner * 2);
    {
        const std::vector<TextLine> lines = WrapText(font, text_size, text, card_w - inner * 2);
        float cx = card_x + inner, cy = card_top + inner;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const TextLine& l = lines[i];
            const bool last = i + 1 == lines.size();
            if (m_text.Cursor() <= l.end || last) {
                const std::size_t upto = std::clamp(m_text.Cursor(), l.begin, l.end);
                cx += MeasureText(font, text_size, std::string_view(text).substr(l.begin, upto - l.begin)).x;
                cy += text_size * static_cast<float>(i);
                break;
            }
        }
        dl->AddLine(ImVec2(cx + 1, cy), ImVec2(cx + 1, cy + text_size), Palette::kFocus, std::max(2.0f, pad * 0.35f));
    }
    if (ctx.hits)
        ctx.hits->Add("editor.card", {card_x, card_top, card_w, card_h});

    // Cancel on the left, Done (primary) on the right, under the card.
    const float by = card_top + card_h + pad * 2;
    const float bw = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    bool done = false, cancel = false;
    ImGui::SetCursorScreenPos(ImVec2(card_x, by));
    cancel |= TouchButton(ctx, "editor.cancel", ctx.Tr("common.cancel"), "close", bw).clicked;
    if (!m_keyboard_visible) {
        ImGui::SetCursorScreenPos(ImVec2(card_x + bw + pad, by));
        if (TouchButton(ctx, "editor.show_keyboard", ctx.Tr("editor.show_keyboard"), "", bw).clicked)
            m_keyboard_visible = true;
    }
    ImGui::SetCursorScreenPos(ImVec2(card_x + card_w - bw, by));
    const bool composing = m_keyboard.ComposingPinyin(ctx); // pinyin typed but no word picked yet
    const bool empty = m_text.Text().find_first_not_of(" \n\t") == std::string::npos && !composing;
    done |= TouchButton(ctx, "editor.done", ctx.Tr("common.done"), "check", bw, ButtonLook::Primary, !empty).clicked;

    bool animating = false;
    if (m_keyboard_visible) {
        const KeyboardResult k = m_keyboard.Draw(ctx, Rect{0, top_h, display.x, kb_h});
        animating = k.animating;
        if (k.action == KeyAction::Hide)
            m_keyboard_visible = false; // a physical keyboard is in use; the card gets the room
        else
            ApplyTo(m_text, k);
    }
    const PhysicalKeys keys = ReadPhysicalKeys(m_text);
    if (keys.enter && keys.shift)
        m_text.Insert("\n"); // Shift+Enter: a new line inside the note
    done |= keys.enter && !keys.shift;
    cancel |= keys.escape;
    EndOverlay();
    if (done) // letters typed in 中 mode but not turned into a word yet are kept as typed, never lost
        m_keyboard.FinishPinyinInto(ctx, m_text);
    if (done && !TrimmedText(m_text.Text()).empty())
        Commit(ctx);
    else if (cancel)
        Close();
    return animating;
}

} // namespace jb::ui
