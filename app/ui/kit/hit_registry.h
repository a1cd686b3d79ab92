// Every interactive item registers its on-screen rectangle each frame, so
// tests (and a debug overlay) can check that all touch targets are big enough.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jb::ui {

struct HitRect {
    float x = 0, y = 0, w = 0, h = 0;
    [[nodiscard]] bool Contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
};

struct HitTarget {
    std::string id;      ///< stable name, e.g. "toolbar.undo" or "note.n12"
    HitRect rect;
};

class HitRegistry {
public:
    void BeginFrame() { m_targets.clear(); }
    void Add(std::string id, HitRect rect) { m_targets.push_back({std::move(id), rect}); }
    [[nodiscard]] const std::vector<HitTarget>& Targets() const { return m_targets; }
    /// The topmost (last registered) target under a point, or nullptr.
    [[nodiscard]] const HitTarget* At(float x, float y) const;
    [[nodiscard]] const HitTarget* Find(const std::string& id) const;
    /// While a modal dialog is open (BeginModal registers a "*.backdrop"), the
    /// area of the topmost one: the box around everything registered after its
    /// backdrop (its buttons, fields, on-screen keyboard; not the notices drawn over
    /// it), or the backdrop itself when nothing was. nullopt when no modal is open.
    [[nodiscard]] std::optional<HitRect> ModalArea() const;

private:
    std::vector<HitTarget> m_targets;
};

} // namespace jb::ui
