// Lookup of registered touch targets.
#include "ui/kit/hit_registry.h"

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

} // namespace jb::ui
