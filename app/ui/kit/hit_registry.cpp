// Lookup of registered touch targets.
#include "ui/kit/hit_registry.h"

#include <algorithm>
#include <string_view>

namespace jb::ui {

const HitTarget* HitRegistry::At(float x, float y) const {
    for (auto it = m_targets.rbegin(); it != m_targets.rend(); ++it)
        if (it->rect.Contains(x, y))
            return &*it;
    return nullptr;
}

const HitTarget* HitRegistry::Find(const std::string& id) const {
    for (const HitTarget& t : m_targets)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::optional<HitRect> HitRegistry::ModalArea() const {
    constexpr std::string_view kBackdrop = ".backdrop";
    const auto is_backdrop = [&](const HitTarget& t) {
        return t.id.size() >= kBackdrop.size() &&
               t.id.compare(t.id.size() - kBackdrop.size(), kBackdrop.size(), kBackdrop) == 0;
    };
    const auto last = std::find_if(m_targets.rbegin(), m_targets.rend(), is_backdrop);
    if (last == m_targets.rend())
        return std::nullopt;
    // Notices are drawn over every dialog but are not part of it: a full-width banner
    // would make the whole width "inside the dialog".
    const auto is_notice = [](const HitTarget& t) { return t.id.rfind("notice.", 0) == 0; };
    auto first_after = last.base(); // the target after the backdrop
    while (first_after != m_targets.end() && is_notice(*first_after))
        ++first_after;
    if (first_after == m_targets.end())
        return last->rect;
    float x0 = first_after->rect.x, y0 = first_after->rect.y;
    float x1 = first_after->rect.x + first_after->rect.w, y1 = first_after->rect.y + first_after->rect.h;
    for (auto it = first_after; it != m_targets.end(); ++it) {
        if (is_notice(*it))
            continue;
        x0 = std::min(x0, it->rect.x);
        y0 = std::min(y0, it->rect.y);
        x1 = std::max(x1, it->rect.x + it->rect.w);
        y1 = std::max(y1, it->rect.y + it->rect.h);
    }
    return HitRect{x0, y0, x1 - x0, y1 - y0};
}

} // namespace jb::ui
