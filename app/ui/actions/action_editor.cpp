// The action editor sheet (its chips and their colours: action_chips.cpp).
//
// [SECTION] Opening and committing
// [SECTION] Drawing: a text field, a row of choices
// [SECTION] Drawing: the sheet
#include "ui/actions/action_editor.h"
#include "edit/action_commands.h"
#include "edit/command_queue.h"
#include "model/queries.h"
#include "ui/kit/text_wrap.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace jb::ui {

namespace {

constexpr std::size_t kMaxTextBytes = 2000;
constexpr std::size_t kMaxOwnerBytes = 200;

using Field = ActionEditor::Field;
constexpr std::array<Field, 3> kTextFields = {Field::Problem, Field::Solution, Field::Owner};

std::string_view LabelKey(Field f) {
    switch (f) {
    case Field::Problem: return "action.problem";
    case Field::Solution: return "action.solution";
    case Field::Owner: return "action.owner";
    case Field::None: break;
    }
    return "action.problem";
}

std::string_view PlaceholderKey(Field f) {
    switch (f) {
    case Field::Problem: return "actions.placeholder.problem";
    case Field::Solution: return "actions.placeholder.solution";
    case Field::Owner: return "actions.placeholder.owner";
    case Field::None: break;
    }
    return "actions.placeholder.problem";
}

std::string FieldId(Field f) {
    switch (f) {
    case Field::Problem: return "action_editor.field.problem";
    case Field::Solution: return "action_editor.field.solution";
    case Field::Owner: return "action_editor.field.owner";
    case Field::None: break;
    }
    return "action_editor.field";
}

const std::string& FieldValue(const model::ActionItem& a, Field f) {
    return f == Field::Solution ? a.solution : f == Field::Owner ? a.owner : a.problem;
}

/// What a field stores: the owner is one line; problem and solution keep their inner line breaks.
std::string Cleaned(Field f, const std::string& text) {
    return f == Field::Owner ? OneLineText(text) : TrimmedText(text);
}

template <typename C, typename... Args>
void Queue(UiContext& ctx, Args&&... args) {
    if (MayAct(ctx, workshop::Action::EditActions)) // asked on every change: facilitator mode may have closed
        ctx.commands->Emplace<C>(std::forward<Args>(args)...);
}

} // namespace

// [SECTION] Opening and committing

ActionEditor::ActionEditor() : m_text(kMaxTextBytes) {}

void ActionEditor::Open(const model::Session& session, const model::Id& action, Field start) {
    m_open = true;
    m_item = action;
    m_active = Field::None;
    m_confirm_delete = false;
    m_picker.Close();
    m_keyboard.Reset(); // no caps lock or symbols page left over from the last person
    for (const model::ActionItem& a : session.actions)
        if (a.id == action)
            Activate(a, start);
}

void ActionEditor::Close() {
    m_open = false;
    m_active = Field::None;
    m_confirm_delete = false;
    m_picker.Close();
}

void ActionEditor::Activate(const model::ActionItem& item, Field field) {
    m_active = field;
    if (field == Field::None)
        return;
    const std::string& value = FieldValue(item, field);
    // Room for what is there already: opening a field never cuts it.
    m_text = TextBuffer(std::max(field == Field::Owner ? kMaxOwnerBytes : kMaxTextBytes, value.size() + 64));
    m_text.SetText(value);
    m_keyboard.SetEnterLabel(field == Field::Owner ? "common.done" : "actions.next_field");
}

void ActionEditor::CommitActive(UiContext& ctx, const model::ActionItem& item) {
    if (m_active == Field::None)
        return;
    m_keyboard.FinishPinyinInto(ctx, m_text); // pinyin not picked yet stays in the field it was typed for
    std::string value = Cleaned(m_active, m_text.Text());
    if (value == FieldValue(item, m_active))
        return;
    edit::ActionEdit e;
    switch (m_active) {
    case Field::Problem: e.problem = std::move(value); break;
    case Field::Solution: e.solution = std::move(value); break;
    case Field::Owner: e.owner = std::move(value); break;
    case Field::None: return;
    }
    Queue<edit::EditAction>(ctx, item.id, std::move(e));
}

// [SECTION] Drawing: a text field, a row of choices

void ActionEditor::DrawTextField(UiContext& ctx, ImDrawList* dl, const model::ActionItem& item, Field field, float x,
                                 float y, float w, float h, int lines, bool editable, bool& pressed) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float size = m.body_font_px;
    const bool active = editable && m_active == field;
    if (editable) {
        const std::string id = FieldId(field);
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        ImGui::PushID(id.c_str());
        pressed = ImGui::InvisibleButton("##f", ImVec2(w, h));
        ImGui::PopID();
        if (ctx.hits)
            ctx.hits->Add(id, {x, y, w, h});
    }
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), active ? Palette::kWhite : Palette::kFieldBg, pad * 0.6f);
    ImFont* font = ctx.fonts.body;
    const float tx = x + pad, tw = w - pad * 2;
    const float text_h = size * static_cast<float>(lines);
    const float ty = y + (h - text_h) * 0.5f;
    const std::string& text = active ? m_text.Text() : FieldValue(item, field);
    if (!active) {
        if (text.empty())
            DrawTextInBox(ctx, dl, font, size, tx, ty, tw, text_h, Palette::kMutedText,
                          editable ? ctx.Tr(PlaceholderKey(field)) : std::string_view("\xE2\x80\x94"));
        else
            DrawTextInBox(ctx, dl, font, size, tx, ty, tw, text_h, Palette::kWhite, text);
        return;
    }
    // The field being typed: the lines around the cursor, and the cursor.
    if (text.empty())
        DrawTextInBox(ctx, dl, font, size, tx, ty, tw, text_h, Palette::kPlaceholder, ctx.Tr(PlaceholderKey(field)));
    const std::vector<TextLine> wrapped = WrapText(font, size, text, tw);
    const std::size_t cursor = m_text.Cursor();
    std::size_t cursor_line = 0;
    float cursor_x = 0;
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        const TextLine& l = wrapped[i];
        if (cursor <= l.end || i + 1 == wrapped.size()) {
            const std::size_t upto = std::clamp(cursor, l.begin, l.end);
            cursor_line = i;
            cursor_x = MeasureText(font, size, std::string_view(text).substr(l.begin, upto - l.begin)).x;
            break;
        }
    }
    // A new line typed at the very end starts an empty line the wrapper does not list.
    if (!text.empty() && text.back() == '\n' && cursor == text.size()) {
        cursor_line = wrapped.size();
        cursor_x = 0;
    }
    const auto shown = static_cast<std::size_t>(std::max(1, lines));
    const std::size_t first = cursor_line >= shown ? cursor_line - shown + 1 : 0;
    dl->PushClipRect(ImVec2(x, y), ImVec2(x + w, y + h), true);
    if (ctx.glyphs)
        ctx.glyphs->AddText(text);
    for (std::size_t i = first; i < wrapped.size() && i < first + shown; ++i) {
        const TextLine& l = wrapped[i];
        dl->AddText(font ? font : ImGui::GetFont(), size, ImVec2(tx, ty + size * static_cast<float>(i - first)),
                    Palette::kInk, text.data() + l.begin, text.data() + l.end);
    }
    const float cy = ty + size * static_cast<float>(cursor_line - first);
    dl->AddLine(ImVec2(tx + std::min(cursor_x, tw) + 1, cy), ImVec2(tx + std::min(cursor_x, tw) + 1, cy + size),
                Palette::kFocus, std::max(2.0f, pad * 0.35f));
    dl->PopClipRect();
}

void ActionEditor::DrawChoices(UiContext& ctx, ImDrawList* dl, const model::ActionItem& item, bool priority, float x,
                               float y, float w, bool editable) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    if (!editable) {
        const std::uint32_t bg = priority ? PriorityColor(item.priority) : StatusColor(item.status);
        const std::string label(ctx.Tr(priority ? PriorityKey(item.priority) : StatusKey(item.status)));
        const float size = m.body_font_px;
        DrawChip(ctx, dl, x, y + (m.target_px - std::round(size * 1.45f)) * 0.5f, size, bg, label);
        return;
    }
    const float each = (w - pad * 2) / 3.0f;
    for (int i = 0; i < 3; ++i) {
        const bool current = priority ? static_cast<int>(item.priority) == i : static_cast<int>(item.status) == i;
        const std::string name(priority ? model::kPriorityNames[static_cast<std::size_t>(i)]
                                        : model::kActionStatusNames[static_cast<std::size_t>(i)]);
        const std::string id = std::string(priority ? "action_editor.priority." : "action_editor.status.") + name;
        const std::string label(ctx.Tr((priority ? "priority." : "status.") + name));
        const float bx = x + static_cast<float>(i) * (each + pad);
        ImGui::SetCursorScreenPos(ImVec2(bx, y));
        const ButtonLook look = current ? ButtonLook::Primary : ButtonLook::Toolbar;
        const bool clicked = TouchButton(ctx, id.c_str(), label, current ? "check" : "", each, look).clicked;
        // A coloured bar under the label ties the choice to the chips on the plan.
        const std::uint32_t bar = priority ? PriorityColor(static_cast<model::Priority>(i))
                                           : StatusColor(static_cast<model::ActionStatus>(i));
        const float bh = std::max(3.0f, std::round(pad * 0.5f));
        dl->AddRectFilled(ImVec2(bx + pad, y + m.target_px - bh - pad * 0.4f),
                          ImVec2(bx + each - pad, y + m.target_px - pad * 0.4f), bar, bh * 0.5f);
        if (clicked && !current) {
            edit::ActionEdit e;
            if (priority)
                e.priority = static_cast<model::Priority>(i);
            else
                e.status = static_cast<model::ActionStatus>(i);
            Queue<edit::EditAction>(ctx, item.id, std::move(e));
        }
        if (clicked)
            m_confirm_delete = false;
    }
}

// [SECTION] Drawing: the sheet

/// One frame of the sheet: its layout, and what the parts of Draw saw tapped or typed.
struct ActionEditor::Frame {
    ImDrawList* dl = nullptr;
    bool editable = false;
    bool picker_open = false; // the date picker owns this frame's keys
    bool typing = false;      // a field is typed into: the keyboard shows
    ImVec2 display;
    float pad = 0, body = 0, small = 0;
    float kb_h = 0, top_h = 0; // the keyboard's height; what is left above it
    float x0 = 0, w = 0, y = 0;
    float label_w = 0, vx = 0, vw = 0; // rows: label on the left, value on the right
    bool focus = false;                // little room: only the field being typed shows
    // What happened.
    bool acted = false, done = false, remove = false, open_picker = false;
    bool next = false, back = false, stop = false, close = false, animating = false;
    Field tapped = Field::None;
};

bool ActionEditor::Draw(UiContext& ctx, bool editable) {
    if (!m_open || !ctx.session)
        return false;
    const model::ActionItem* item = nullptr;
    for (const model::ActionItem& a : ctx.session->actions)
        if (a.id == m_item)
            item = &a;
    if (!item) {
        Close(); // removed meanwhile (undo, delete): nothing left to edit
        return false;
    }
    if (!editable) { // the phase moved on or the facilitator locked: what was typed is not kept
        if (m_active != Field::None)
            m_keyboard.FinishPinyin(ctx); // nor left half-typed for the next field
        m_active = Field::None;
        m_confirm_delete = false;
        m_picker.Close();
    }
    Frame f;
    f.editable = editable;
    f.picker_open = m_picker.IsOpen();
    const UiMetrics& m = ctx.metrics;
    f.display = ImGui::GetIO().DisplaySize;
    f.pad = m.spacing_px;
    f.body = m.body_font_px;
    f.small = std::round(f.body * 0.85f);
    f.dl = BeginModal(ctx, "##action_editor", "action_editor.backdrop", Palette::kSheetBg);
    f.typing = editable && m_active != Field::None && !f.picker_open;
    f.kb_h = f.typing ? OnScreenKeyboard::Height(m, f.display.x) : 0.0f;
    f.top_h = f.display.y - f.kb_h;
    f.w = std::min(f.display.x - f.pad * 4, std::max(f.body * 44.0f, f.display.x * 0.72f));
    f.x0 = std::round((f.display.x - f.w) * 0.5f);
    f.y = f.pad * 2;

    DrawHeader(ctx, f);
    DrawSource(ctx, f, *item);
    DrawTextFields(ctx, f, *item);
    if (!f.focus)
        DrawDueAndChoices(ctx, f, *item);
    ReadKeys(ctx, f);
    EndOverlay();
    Apply(ctx, f, *item);
    return f.animating;
}

void ActionEditor::DrawRowLabel(UiContext& ctx, const Frame& f, std::string_view key, float row_y, float row_h) {
    DrawTextInBox(ctx, f.dl, ctx.fonts.body, f.small, f.x0, row_y + (row_h - f.small) * 0.5f, f.label_w - f.pad,
                  f.small * 2.2f, Palette::kSoftText, ctx.Tr(key));
}

void ActionEditor::DrawHeader(UiContext& ctx, Frame& f) {
    // Title, Delete (a second tap confirms) and Done; read-only: Close.
    const UiMetrics& m = ctx.metrics;
    const std::string done_label(ctx.Tr(f.editable ? "common.done" : "common.close"));
    const float done_w = TouchButtonWidth(ctx, done_label, f.editable ? "check" : "close", m.target_px * 3);
    ImGui::SetCursorScreenPos(ImVec2(f.x0 + f.w - done_w, f.y));
    f.done =
        TouchButton(ctx, "action_editor.done", done_label, f.editable ? "check" : "close", done_w, ButtonLook::Primary)
            .clicked;
    float title_right = f.x0 + f.w - done_w - f.pad * 2;
    if (f.editable) {
        const std::string label(ctx.Tr(m_confirm_delete ? "actions.confirm_delete" : "common.delete"));
        const float bw = TouchButtonWidth(ctx, label, "trash", m.target_px * 2.5f);
        ImGui::SetCursorScreenPos(ImVec2(title_right - bw, f.y));
        if (TouchButton(ctx, m_confirm_delete ? "action_editor.confirm_delete" : "action_editor.delete", label, "trash",
                        bw, m_confirm_delete ? ButtonLook::Danger : ButtonLook::Toolbar)
                .clicked) {
            f.acted = true;
            f.remove = m_confirm_delete;
            m_confirm_delete = !m_confirm_delete;
        }
        title_right -= bw + f.pad * 2;
    }
    DrawTextInBox(ctx, f.dl, ctx.fonts.title, m.title_font_px, f.x0, f.y + (m.target_px - m.title_font_px) * 0.5f,
                  std::max(0.0f, title_right - f.x0), m.title_font_px * 1.1f, Palette::kWhite,
                  ctx.Tr(f.editable ? "actions.editor_title" : "actions.view_title"));
    f.y += m.target_px + f.pad;
}

void ActionEditor::DrawSource(UiContext& ctx, Frame& f, const model::ActionItem& item) {
    // Where it came from: the note's cell, and its dots once they are revealed.
    const model::Session& s = *ctx.session;
    const model::Note* note = model::FindNote(s, item.note);
    if (!note)
        return;
    const model::Stage* stage = model::FindStage(s, note->stage);
    const model::Lane* lane = model::FindLane(s, note->lane);
    std::string where = stage ? stage->name : std::string();
    if (lane)
        where += (where.empty() ? "" : " / ") + lane->name;
    std::string line = Format(ctx.Tr("actions.from_note"), {where});
    const int dots = s.workshop.dots_revealed ? model::DotsOnNote(s, note->id) : 0;
    if (dots > 0)
        line += "  \xC2\xB7  " + DotCount(ctx, dots);
    DrawTextInBox(ctx, f.dl, ctx.fonts.body, f.small, f.x0, f.y, f.w, f.small * 1.2f, Palette::kSoftText, line);
    f.y += f.small * 1.5f;
}

void ActionEditor::DrawTextFields(UiContext& ctx, Frame& f, const model::ActionItem& item) {
    // Problem and solution get the lines the screen leaves over (1..4) once the other rows fit.
    const UiMetrics& m = ctx.metrics;
    const float pad = f.pad, body = f.body;
    f.label_w = std::min(body * 7.0f, f.w * 0.28f);
    f.vx = f.x0 + f.label_w;
    f.vw = f.w - f.label_w;
    const float one_h = std::max(m.target_px, body + pad * 1.5f);
    const bool chips = f.editable && HasOwnerChips(ctx); // the participants under the owner field
    const float chips_h = chips ? m.target_px + pad : 0.0f;
    const float fixed = one_h + chips_h + m.target_px * 3 + pad * 6;
    const float per_multi = (f.top_h - f.y - fixed) * 0.5f;
    const int lines = std::clamp(static_cast<int>((per_multi - pad * 1.5f) / body), 1, 4);
    const float multi_h = std::max(m.target_px, body * static_cast<float>(lines) + pad * 1.5f);
    // With little room above the keyboard (a laptop), only the field being typed
    // shows, with the lines it needs; the rest is back when the typing ends.
    f.focus = f.typing && lines < 2;
    if (f.focus) {
        const bool multi = m_active != Field::Owner;
        const int focus_lines = std::clamp(static_cast<int>((f.top_h - f.y - pad * 3.5f) / body), 1, 6);
        const float h = multi ? std::max(m.target_px, body * static_cast<float>(focus_lines) + pad * 1.5f) : one_h;
        DrawRowLabel(ctx, f, LabelKey(m_active), f.y, h);
        bool pressed = false;
        DrawTextField(ctx, f.dl, item, m_active, f.vx, f.y, f.vw, h, multi ? focus_lines : 1, f.editable, pressed);
        f.acted |= pressed;
        f.y += h + pad;
        if (chips && m_active == Field::Owner && f.y + m.target_px <= f.top_h) {
            f.acted |= DrawOwnerChips(ctx, item, f.vx, f.y, f.vw);
            f.y += chips_h;
        }
        return;
    }
    for (Field field : kTextFields) {
        const bool multi = field != Field::Owner;
        const float h = multi ? multi_h : one_h;
        DrawRowLabel(ctx, f, LabelKey(field), f.y, h);
        bool pressed = false;
        DrawTextField(ctx, f.dl, item, field, f.vx, f.y, f.vw, h, multi ? lines : 1, f.editable, pressed);
        if (pressed) {
            f.acted = true;
            f.tapped = field;
        }
        f.y += h + pad;
        if (field == Field::Owner && chips) {
            f.acted |= DrawOwnerChips(ctx, item, f.vx, f.y, f.vw);
            f.y += chips_h;
        }
    }
}

void ActionEditor::DrawDueAndChoices(UiContext& ctx, Frame& f, const model::ActionItem& item) {
    // Due date: a button that opens the picker; late items say so.
    const UiMetrics& m = ctx.metrics;
    const float target = m.target_px;
    DrawRowLabel(ctx, f, "action.due", f.y, target);
    const std::optional<CivilDate> due = ParseIsoDate(item.due);
    const std::string due_text = due ? LongDate(ctx, *due) : std::string(ctx.Tr("actions.no_due"));
    float after_due = f.vx;
    if (f.editable) {
        const float bw = std::min(f.vw, TouchButtonWidth(ctx, due_text, "", std::max(target * 4, f.vw * 0.45f)));
        ImGui::SetCursorScreenPos(ImVec2(f.vx, f.y));
        f.open_picker = TouchButton(ctx, "action_editor.due", due_text, "", bw).clicked;
        after_due += bw + f.pad;
    } else {
        DrawText(ctx, f.dl, ctx.fonts.body, f.body, f.vx, f.y + (target - f.body) * 0.5f, Palette::kWhite, due_text);
        after_due += MeasureText(ctx.fonts.body, f.body, due_text).x + f.pad * 2;
    }
    if (IsOverdue(ctx, item))
        DrawChip(ctx, f.dl, after_due, f.y + (target - std::round(f.small * 1.45f)) * 0.5f, f.small, Palette::kNegative,
                 ctx.Tr("actions.overdue"));
    f.y += target + f.pad;

    DrawRowLabel(ctx, f, "action.priority", f.y, target);
    DrawChoices(ctx, f.dl, item, true, f.vx, f.y, f.vw, f.editable);
    f.y += target + f.pad;
    DrawRowLabel(ctx, f, "action.status", f.y, target);
    DrawChoices(ctx, f.dl, item, false, f.vx, f.y, f.vw, f.editable);
    f.y += target + f.pad;
}

void ActionEditor::ReadKeys(UiContext& ctx, Frame& f) {
    // The keyboard while a field is typed into; a physical keyboard always works.
    if (f.typing) {
        const KeyboardResult k = m_keyboard.Draw(ctx, Rect{0, f.top_h, f.display.x, f.kb_h});
        f.animating = k.animating;
        if (k.action == KeyAction::Enter)
            (m_active == Field::Owner ? f.stop : f.next) = true;
        else if (k.action == KeyAction::Hide)
            f.stop = true;
        else if (k.action != KeyAction::ChineseToggle)
            ApplyTo(m_text, k);
    }
    f.close = f.done;
    if (!f.picker_open && f.editable && m_active != Field::None) {
        const PhysicalKeys keys = ReadPhysicalKeys(m_text);
        if (keys.enter && keys.shift && m_active != Field::Owner)
            m_text.Insert("\n"); // Shift+Enter: a new line inside the text
        else if (keys.enter)
            (m_active == Field::Owner ? f.stop : f.next) = true;
        if (keys.tab)
            (keys.shift ? f.back : f.next) = true;
        f.stop |= keys.escape; // Esc ends the typing, a second Esc closes
    } else if (!f.picker_open) {
        if (f.editable && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), false))
            f.tapped = Field::Problem;
        f.close |= ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    }
}

void ActionEditor::Apply(UiContext& ctx, Frame& f, const model::ActionItem& item) {
    // Act on what happened, the typed text first so its command comes before the rest.
    if (f.tapped != Field::None && f.tapped != m_active) {
        CommitActive(ctx, item);
        Activate(item, f.tapped);
    } else if (f.next || f.back) {
        CommitActive(ctx, item);
        const auto at = std::find(kTextFields.begin(), kTextFields.end(), m_active) - kTextFields.begin();
        const auto n = static_cast<std::ptrdiff_t>(kTextFields.size());
        Activate(item, kTextFields[static_cast<std::size_t>(((at + (f.back ? -1 : 1)) % n + n) % n)]);
    } else if (f.stop) {
        CommitActive(ctx, item);
        m_active = Field::None;
    }
    if (f.open_picker) {
        f.acted = true;
        CommitActive(ctx, item);
        m_active = Field::None;
        m_picker.Open(item.due, ctx.today, ctx.session->created, "action.due");
    }
    if (f.picker_open) {
        if (const auto r = m_picker.Draw(ctx)) {
            const std::string value = r->kind == DatePicker::Result::Kind::Picked ? r->date : std::string();
            if (r->kind != DatePicker::Result::Kind::Cancelled && value != item.due) {
                edit::ActionEdit e;
                e.due = value;
                Queue<edit::EditAction>(ctx, item.id, std::move(e));
            }
        }
    }
    // A tap anywhere else calls off a delete waiting for its second tap.
    if (!f.acted && ImGui::IsMouseReleased(ImGuiMouseButton_Left))
        m_confirm_delete = false;
    if (f.remove) {
        Queue<edit::RemoveAction>(ctx, item.id);
        Close();
    } else if (f.close) {
        CommitActive(ctx, item);
        Close();
    }
}

} // namespace jb::ui
