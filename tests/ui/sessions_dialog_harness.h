// The sessions dialog's test harness: a SessionsBackend faked in memory
// (records every call, fails on demand) and a headless frame that draws only
// the dialog, plus the 12 mm target check, shared by the dialog's test files.
#pragma once

#include "headless_ui.h"
#include "ui/facilitator/sessions_dialog.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace jb::test {

inline ui::ScreenInfo Screen(int w, int h, float inches) { return ScreenOf(w, h, inches); }
inline const ui::ScreenInfo kWall = Screen(1920, 1080, 55);

/// Folders in memory; records every call; an action fails with fail[<name>] when set.
class FakeSessions final : public ui::SessionsBackend {
public:
    std::vector<ui::SessionEntry> sessions;
    std::vector<ui::SessionEntry> trash;
    std::vector<ui::SnapshotEntry> snapshots;
    std::map<std::string, std::string> fail;
    std::vector<std::string> calls; ///< "Open:b", "Delete:c", ... (lists are not recorded)
    int list_reads = 0;

    FakeSessions() {
        sessions = {{"a", "Coffee shop", "2026-03-02T09:30:00.000Z", 4, true},
                    {"b", "Hotline", "2026-03-01T15:05:00.000Z", 2, false},
                    {"c", "客户旅程：新品上市", "2026-02-27T01:00:00.000Z", 1, false}};
        trash = {{"t", "Old workshop", "2026-01-10T10:00:00.000Z", 3, false}};
        snapshots = {{"20260302T093000.000Z-autosave.json", "2026-03-02T09:30:00.000Z", ""},
                     {"20260302T090000.000Z-label-start.json", "2026-03-02T09:00:00.000Z", "Start of the day"}};
    }

    std::vector<ui::SessionEntry> Sessions() override { return ++list_reads, sessions; }
    std::vector<ui::SessionEntry> Trash() override { return trash; }
    std::vector<ui::SnapshotEntry> Snapshots() override { return snapshots; }

    std::string Open(const std::string& id) override {
        if (const std::string e = Record("Open", id); !e.empty())
            return e;
        for (auto& s : sessions)
            s.current = s.id == id;
        return {};
    }
    std::string Duplicate(const std::string& id) override {
        if (const std::string e = Record("Duplicate", id); !e.empty())
            return e;
        ui::SessionEntry copy = *Find(sessions, id);
        copy.id += "2";
        copy.title += " (copy)";
        copy.current = false;
        sessions.push_back(copy);
        return {};
    }
    std::string Delete(const std::string& id) override {
        if (const std::string e = Record("Delete", id); !e.empty())
            return e;
        return Move(sessions, trash, id);
    }
    std::string Restore(const std::string& id) override {
        if (const std::string e = Record("Restore", id); !e.empty())
            return e;
        return Move(trash, sessions, id);
    }
    std::string RestoreSnapshot(const std::string& file) override { return Record("RestoreSnapshot", file); }
    std::string SaveLabelled(const std::string& label) override {
        if (const std::string e = Record("SaveLabelled", label); !e.empty())
            return e;
        snapshots.insert(snapshots.begin(), {"20260302T100000.000Z-label-x.json", "2026-03-02T10:00:00.000Z", label});
        return {};
    }

private:
    std::string Record(const std::string& what, const std::string& subject) {
        calls.push_back(what + ":" + subject);
        const auto f = fail.find(what);
        return f == fail.end() ? std::string() : f->second;
    }
    static ui::SessionEntry* Find(std::vector<ui::SessionEntry>& in, const std::string& id) {
        const auto it = std::find_if(in.begin(), in.end(), [&](const auto& s) { return s.id == id; });
        REQUIRE(it != in.end());
        return &*it;
    }
    static std::string Move(std::vector<ui::SessionEntry>& from, std::vector<ui::SessionEntry>& to,
                            const std::string& id) {
        to.push_back(*Find(from, id));
        from.erase(std::remove_if(from.begin(), from.end(), [&](const auto& s) { return s.id == id; }), from.end());
        return {};
    }
};

/// A headless ImGui frame that draws only the sessions dialog over the demo
/// board; queued commands are applied by a real Workspace after each frame.
class DialogHarness {
public:
    explicit DialogHarness(ui::ScreenInfo screen, const std::string& language = "en")
        : host(screen), strings(store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language)),
          session(workspace.SessionForSetUp()) {
        workspace.Adopt(LoadDemo(language), false);
        metrics = host.Metrics();
        Frame();
    }

    ui::HeadlessHost host;
    store::StringCatalog strings;
    workspace::Workspace workspace{strings};
    model::Session& session; ///< the workspace's
    edit::History& edits = workspace.HistoryForTests();
    ui::UiMetrics metrics;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;
    ui::SessionsDialog dialog;
    FakeSessions backend;
    std::set<std::string> asked; ///< translation keys asked for in the last frame

    void Frame() {
        ui::UiContext ctx;
        ctx.session = &session;
        ctx.tr = [this](std::string_view key) -> std::string_view {
            asked.emplace(key);
            return strings.Get(key);
        };
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        ctx.commands = &workspace.Queue();
        asked.clear();
        hits.BeginFrame();
        host.FrameWith(ctx, [this](ui::UiContext& c) { dialog.Draw(c); });
        (void)workspace.Apply();
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i)
            Frame();
    }
    void Open() {
        dialog.Open(backend);
        Frames(2);
    }
    [[nodiscard]] bool Has(const std::string& id) const { return hits.Find(id) != nullptr; }
    void Tap(float x, float y) {
        host.PushContact({0, input::ContactEvent::Type::Down, {x, y}, host.Time()});
        Frames(3);
        host.PushContact({0, input::ContactEvent::Type::Up, {x, y}, host.Time()});
        Frames(3);
    }
    void TapTarget(const std::string& id) {
        const ui::HitTarget* t = hits.Find(id);
        INFO("target " << id);
        REQUIRE(t != nullptr);
        Tap(t->rect.x + t->rect.w * 0.5f, t->rect.y + t->rect.h * 0.5f);
    }
    void Type(std::string_view keys) {
        for (const char c : keys)
            TapTarget(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
    }
    void PressEscape() {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[ImGuiKey_Escape] = 256;
        io.KeysDown[256] = true;
        Frame();
        io.KeysDown[256] = false;
        Frames(2);
    }
};

inline void CheckTargets(const DialogHarness& ui, const char* when) {
    const float min_px = 12.0f * ui.metrics.px_per_mm - 0.5f;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    REQUIRE_FALSE(ui.hits.Targets().empty());
    for (const ui::HitTarget& t : ui.hits.Targets()) {
        INFO(when << ": " << t.id << " is " << t.rect.w << "x" << t.rect.h << " at " << t.rect.x << "," << t.rect.y
                  << " px, needs " << min_px);
        CHECK(std::min(t.rect.w, t.rect.h) >= min_px);
        CHECK(t.rect.x >= 0);
        CHECK(t.rect.y >= 0);
        CHECK(t.rect.x + t.rect.w <= display.x + 0.5f);
        CHECK(t.rect.y + t.rect.h <= display.y + 0.5f);
    }
}

} // namespace jb::test
