// Long-press note menu: pages of large buttons beside the note, every pick
// back on the main page so each sub-page behaves the same.
#include "ui/board/note_menu.h"
#include "edit/command_queue.h"
#include "edit/note_commands.h"
#include "model/queries.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace jb::ui {

namespace {
// Note colours a facilitator can pick besides the lane colour: light, distinct
// under colour-blindness, all with black text at >= 7:1 (see assets/README.md).
// Each has a name, so nobody has to tell them apart by colour alone.
struct NoteColour {
    model::Rgb rgb;
    const char* key;
};
constexpr std::array<NoteColour, 6> kNoteColours = {{{Palette::kNoteSky, "note.colour_sky"},
                                                     {Palette::kNoteOrange, "note.colour_orange"},
                                                     {Palette::kNoteYellow, "note.colour_yellow"},
                                                     {Palette::kNoteCoral, "note.colour_coral"},
                                                     {Palette::kNoteMint, "note.colour_mint"},
                                                     {Palette::kNoteLavender, "note.colour_lavender"}}};

// Where the panel goes: beside the note (right, else left), else below or
// above it, so the note it changes stays in sight; clamped to the screen.
Rect PlaceBeside(const Rect& note, float w, float h, float pad, float screen_w, float screen_h) {
    const auto clamp_y = [&](float y) { return std::clamp(y, pad, std::max(pad, screen_h - h - pad)); };
    const auto clamp_x = [&](float x) { return std::clamp(x, pad, std::max(pad, screen_w - w - pad)); };
    if (note.Right() + pad + w + pad <= screen_w)
        return {note.Right() + pad, clamp_y(note.y), w, h};
    if (note.x - pad - w >= pad)
        return {note.x - pad - w, clamp_y(note.y), w, h};
    if (note.Bottom() + pad + h + pad <= screen_h)
        return {clamp_x(note.x), note.Bottom() + pad, w, h};
    if (note.y - pad - h >= pad)
        return {clamp_x(note.x), note.y - pad - h, w, h};
    return {clamp_x(note.x), clamp_y(note.y), w, h};
}
} // namespace

void NoteMenu::Open(const model::Id& note, const Rect& note_rect) {
    m_note = note;
    m_anchor = note_rect;
    m_page = Page::Main;
}

std::vector<NoteMenu::Item> NoteMenu::PageItems(const UiContext& ctx, const model::Note& note) const {
    std::vector<Item> items;
    const auto add = [&](std::string id, std::string_view label, bool active) {
        Item it;
        it.id = std::move(id);
        it.label = std::string(label);
        it.active = active;
        items.push_back(std::move(it));
    };
    switch (m_page) {
    case Page::Main:
        add("menu.edit", ctx.Tr("common.edit"), false);
        add("menu.colour", ctx.Tr("note.colour"), false);
        add("menu.channel", ctx.Tr("note.channel"), false);
        add("menu.moment", ctx.Tr("note.moment_of_truth"), note.moment_of_truth);
        add("menu.evidence", ctx.Tr("note.evidence"), false);
        add("menu.duplicate", ctx.Tr("cmd.duplicate_note"), false);
        add("menu.delete", ctx.Tr("common.delete"), false);
        break;
    case Page::Colour: {
        const model::Lane* lane = model::FindLane(*ctx.session, note.lane);
        add("menu.colour.lane", ctx.Tr("note.lane_colour"), note.color == 0);
        items.back().swatch = lane ? lane->color : Palette::kRgbWhite;
        items.back().has_swatch = true;
        for (const NoteColour& c : kNoteColours) {
            add("menu.colour." + std::to_string(c.rgb), ctx.Tr(c.key), note.color == c.rgb);
            items.back().swatch = c.rgb;
            items.back().has_swatch = true;
        }
        break;
    }
    case Page::Channel:
        for (std::size_t i = 0; i < model::kChannelNames.size(); ++i)
            add("menu.channel." + std::string(model::kChannelNames[i]),
                ctx.Tr("channel." + std::string(model::kChannelNames[i])),
                note.channel == static_cast<model::Channel>(i));
        break;
    case Page::Evidence:
        for (std::size_t i = 0; i < model::kEvidenceLevelNames.size(); ++i)
            add("menu.evidence." + std::string(model::kEvidenceLevelNames[i]),
                ctx.Tr("evidence." + std::string(model::kEvidenceLevelNames[i])),
                note.evidence == static_cast<model::EvidenceLevel>(i));
        break;
    }
    return items;
}

std::optional<model::Id> NoteMenu::Draw(UiContext& ctx) {
    m_items.clear();
    if (!IsOpen() || !ctx.session)
        return std::nullopt;
    const model::Note* note = model::FindNote(*ctx.session, m_note);
    if (!note) { // deleted meanwhile (another finger, undo)
        Close();
        return std::nullopt;
    }
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float button_w = std::max(m.target_px * 4.5f, m.body_font_px * 9.0f);
    const float row_h = m.target_px + pad;

    std::vector<Item> items = PageItems(ctx, *note);
    const bool sub_page = m_page != Page::Main; // the page these buttons belong to
    // Long lists use two columns so the panel fits a laptop screen.
    const std::size_t columns = items.size() > 6 ? 2 : 1;
    const auto rows = static_cast<float>((items.size() + columns - 1) / columns) + 1; // + back/close row
    const float w = button_w * static_cast<float>(columns) + pad * static_cast<float>(columns + 1);
    const float h = rows * row_h + pad;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    m_panel = PlaceBeside(m_anchor, w, h, pad, display.x, display.y);
    const float x = m_panel.x, y = m_panel.y;
    BeginOverlay("##note_menu", x, y, w + pad * 2, h + pad * 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(x + pad, y + pad * 1.5f), ImVec2(x + w + pad, y + h + pad * 1.5f), Palette::kShadow, pad);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), Palette::kToolbarBg, pad);
    if (ctx.hits)
        ctx.hits->Add("menu.panel", {x, y, w, h}); // the panel swallows touches between its buttons

    std::optional<model::Id> edit_request;
    auto submit_props = [&](edit::NoteProps props) {
        if (MayActOnNote(ctx, workshop::Action::EditNote, *note))
            ctx.commands->Emplace<edit::SetNoteProps>(m_note, props);
    };
    std::optional<std::string> chosen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Item& it = items[i];
        const float bx = x + pad + static_cast<float>(i % columns) * (button_w + pad);
        const float by = y + pad + static_cast<float>(i / columns) * row_h;
        it.rect = {bx, by, button_w, m.target_px};
        ImGui::SetCursorScreenPos(ImVec2(bx, by));
        const bool danger = it.id == "menu.delete";
        const ButtonLook look = it.active ? ButtonLook::Primary : danger ? ButtonLook::Danger : ButtonLook::Toolbar;
        // A colour button draws its own sample and name: a full-height swatch (>= 12 mm), then the name.
        const ButtonResult r = TouchButton(ctx, it.id.c_str(), it.has_swatch ? "" : it.label, "", button_w, look);
        if (it.has_swatch) {
            const float inset = std::max(2.0f, pad * 0.25f);
            it.swatch_rect = {bx, by, m.target_px, m.target_px};
            dl->AddRectFilled(ImVec2(bx, by), ImVec2(bx + m.target_px, by + m.target_px), FromRgb(it.swatch), pad,
                              ImDrawFlags_RoundCornersLeft);
            dl->AddRect(ImVec2(bx, by), ImVec2(bx + m.target_px, by + m.target_px), Palette::kShadow, pad,
                        ImDrawFlags_RoundCornersLeft, std::max(1.0f, inset * 0.5f));
            const float tx = bx + m.target_px + pad;
            const ImVec2 ts = MeasureText(ctx.fonts.body, m.body_font_px, it.label);
            DrawTextInBox(ctx, dl, ctx.fonts.body, m.body_font_px, tx, by + (m.target_px - ts.y) * 0.5f,
                          bx + button_w - pad - tx, m.body_font_px * 1.2f, Palette::kWhite, it.label);
        }
        if (r.clicked)
            chosen = it.id;
    }
    if (chosen) {
        const std::string& id = *chosen;
        if (id == "menu.edit") {
            edit_request = m_note;
            Close();
        } else if (id == "menu.colour") {
            m_page = Page::Colour;
        } else if (id == "menu.channel") {
            m_page = Page::Channel;
        } else if (id == "menu.evidence") {
            m_page = Page::Evidence;
        } else if (id == "menu.moment") {
            edit::NoteProps p;
            p.moment_of_truth = !note->moment_of_truth;
            submit_props(p);
        } else if (id == "menu.duplicate") {
            if (MayAct(ctx, workshop::Action::AddNote))
                ctx.commands->Emplace<edit::DuplicateNote>(m_note);
            Close();
        } else if (id == "menu.delete") {
            if (MayActOnNote(ctx, workshop::Action::DeleteNote, *note))
                ctx.commands->Emplace<edit::DeleteNote>(m_note);
            Close();
        } else {
            // A pick on any sub-page (colour, channel, evidence) applies and goes back to the main page.
            edit::NoteProps p;
            if (id == "menu.colour.lane")
                p.color = 0;
            else if (id.rfind("menu.colour.", 0) == 0)
                p.color = static_cast<model::Rgb>(std::stoul(id.substr(12)));
            else if (id.rfind("menu.channel.", 0) == 0)
                p.channel = model::EnumFromName<model::Channel>(id.substr(13), model::kChannelNames);
            else if (id.rfind("menu.evidence.", 0) == 0)
                p.evidence = model::EnumFromName<model::EvidenceLevel>(id.substr(14), model::kEvidenceLevelNames);
            submit_props(p);
            m_page = Page::Main;
        }
    }
    // Last row: Back at the left and Close at the right on sub-pages, each half the row.
    const float by = y + h - row_h;
    const float half = (w - pad * 3) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(x + pad, by));
    if (sub_page) {
        if (TouchButton(ctx, "menu.back", ctx.Tr("common.back"), "", half).clicked)
            m_page = Page::Main;
        ImGui::SetCursorScreenPos(ImVec2(x + w - pad - half, by));
    }
    if (TouchButton(ctx, "menu.close", ctx.Tr("common.close"), "close", sub_page ? half : w - 2 * pad).clicked)
        Close();
    EndOverlay();
    m_items = std::move(items);
    return edit_request;
}

} // namespace jb::ui
