// Long-press note menu.
#include "note_menu.h"
#include "theme.h"
#include "widgets.h"
#include "edit/command_queue.h"
#include "edit/note_commands.h"
#include "model/queries.h"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace jb::ui {

namespace {
// Note colours a facilitator can pick besides the lane colour: light, distinct
// under colour-blindness, all with black text at >= 7:1 (see assets/README.md).
constexpr std::array<model::Rgb, 6> kNoteColours = {0x73BDEC, 0xFAB654, 0xFFF4A4, 0xFE928D, 0xAFF1D0, 0xD9C3F0};
} // namespace

void NoteMenu::Open(const model::Id& note, float x, float y) {
    m_note = note;
    m_x = x;
    m_y = y;
    m_page = Page::Main;
}

std::optional<model::Id> NoteMenu::Draw(UiContext& ctx) {
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

    // Which buttons this page has decides its height.
    struct Item {
        std::string id;
        std::string label;
        bool active = false;
        model::Rgb swatch = 0;
    };
    std::vector<Item> items;
    switch (m_page) {
    case Page::Main:
        items = {{"menu.edit", std::string(ctx.Tr("common.edit"))},
                 {"menu.colour", std::string(ctx.Tr("note.colour"))},
                 {"menu.channel", std::string(ctx.Tr("note.channel"))},
                 {"menu.moment", std::string(ctx.Tr("note.moment_of_truth")), note->moment_of_truth},
                 {"menu.evidence", std::string(ctx.Tr("note.evidence"))},
                 {"menu.duplicate", std::string(ctx.Tr("cmd.duplicate_note"))},
                 {"menu.delete", std::string(ctx.Tr("common.delete"))}};
        break;
    case Page::Colour: {
        const model::Lane* lane = model::FindLane(*ctx.session, note->lane);
        items.push_back({"menu.colour.lane", std::string(ctx.Tr("note.lane_colour")), note->color == 0,
                         lane ? lane->color : 0xFFFFFF});
        for (model::Rgb c : kNoteColours)
            items.push_back({"menu.colour." + std::to_string(c), "", note->color == c, c});
        break;
    }
    case Page::Channel:
        for (std::size_t i = 0; i < model::kChannelNames.size(); ++i)
            items.push_back({"menu.channel." + std::string(model::kChannelNames[i]),
                             std::string(ctx.Tr("channel." + std::string(model::kChannelNames[i]))),
                             note->channel == static_cast<model::Channel>(i)});
        break;
    case Page::Evidence:
        for (std::size_t i = 0; i < model::kEvidenceLevelNames.size(); ++i)
            items.push_back({"menu.evidence." + std::string(model::kEvidenceLevelNames[i]),
                             std::string(ctx.Tr("evidence." + std::string(model::kEvidenceLevelNames[i]))),
                             note->evidence == static_cast<model::EvidenceLevel>(i)});
        break;
    }
    // Long lists use two columns so the panel fits a laptop screen.
    const int columns = items.size() > 6 ? 2 : 1;
    const auto rows = static_cast<float>((items.size() + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns)) + 1; // + back/close row
    const float w = button_w * columns + pad * static_cast<float>(columns + 1);
    const float h = rows * row_h + pad;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    float x = std::clamp(m_x - w * 0.5f, pad, std::max(pad, display.x - w - pad));
    float y = std::clamp(m_y + m.target_px * 0.5f, pad, std::max(pad, display.y - h - pad));
    m_panel = {x, y, w, h};
    BeginOverlay("##note_menu", x, y, w + pad * 2, h + pad * 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(x + pad, y + pad * 1.5f), ImVec2(x + w + pad, y + h + pad * 1.5f), 0x60000000, pad);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), Palette::kToolbarBg, pad);
    if (ctx.hits)
        ctx.hits->Add("menu.panel", {x, y, w, h}); // the panel swallows touches between its buttons

    std::optional<model::Id> edit_request;
    auto submit_props = [&](edit::NoteProps props) {
        if (ctx.commands)
            ctx.commands->Emplace<edit::SetNoteProps>(m_note, props);
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        const float bx = x + pad + static_cast<float>(i % static_cast<std::size_t>(columns)) * (button_w + pad);
        const float by = y + pad + static_cast<float>(i / static_cast<std::size_t>(columns)) * row_h;
        ImGui::SetCursorScreenPos(ImVec2(bx, by));
        const bool danger = it.id == "menu.delete";
        const ButtonResult r = TouchButton(ctx, it.id.c_str(), it.label, "", button_w,
                                           it.active ? ButtonLook::Primary : danger ? ButtonLook::Danger : ButtonLook::Toolbar);
        if (it.swatch != 0 || it.id == "menu.colour.lane") {
            // Colour swatch inside the button.
            const float sw = m.target_px * 0.6f;
            const float sx = it.label.empty() ? bx + (button_w - sw) * 0.5f : bx + pad;
            dl->AddRectFilled(ImVec2(sx, by + (m.target_px - sw) * 0.5f), ImVec2(sx + sw, by + (m.target_px + sw) * 0.5f),
                              FromRgb(it.swatch), pad * 0.5f);
        }
        if (!r.clicked)
            continue;
        const std::string& id = it.id;
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
            if (ctx.commands)
                ctx.commands->Emplace<edit::DuplicateNote>(m_note);
            Close();
        } else if (id == "menu.delete") {
            if (ctx.commands)
                ctx.commands->Emplace<edit::DeleteNote>(m_note);
            Close();
        } else if (id == "menu.colour.lane") {
            edit::NoteProps p;
            p.color = 0;
            submit_props(p);
        } else if (id.rfind("menu.colour.", 0) == 0) {
            edit::NoteProps p;
            p.color = static_cast<model::Rgb>(std::stoul(id.substr(12)));
            submit_props(p);
        } else if (id.rfind("menu.channel.", 0) == 0) {
            edit::NoteProps p;
            p.channel = model::EnumFromName<model::Channel>(id.substr(13), model::kChannelNames);
            submit_props(p);
            m_page = Page::Main;
        } else if (id.rfind("menu.evidence.", 0) == 0) {
            edit::NoteProps p;
            p.evidence = model::EnumFromName<model::EvidenceLevel>(id.substr(14), model::kEvidenceLevelNames);
            submit_props(p);
            m_page = Page::Main;
        }
        break;
    }
    // Last row: back (on sub-pages) and close.
    const float by = y + h - row_h;
    ImGui::SetCursorScreenPos(ImVec2(x + pad, by));
    if (m_page != Page::Main) {
        if (TouchButton(ctx, "menu.back", ctx.Tr("common.back"), "", button_w).clicked)
            m_page = Page::Main;
        ImGui::SetCursorScreenPos(ImVec2(x + w - pad - button_w, by));
    }
    if (TouchButton(ctx, "menu.close", ctx.Tr("common.close"), "close", m_page == Page::Main ? w - 2 * pad : button_w)
            .clicked)
        Close();
    EndOverlay();
    return edit_request;
}

} // namespace jb::ui
