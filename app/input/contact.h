// Touch contacts as the platform reports them: a finger (or the mouse, as
// contact 0) going down, moving, lifting or being cancelled, in pixels.
#pragma once

#include <array>
#include <cmath>
#include <string_view>

namespace jb::input {

/// A point or offset on the screen, in pixels.
struct Vec2 {
    float x = 0.0f;
    float y = 0.0f;

    constexpr Vec2 operator+(Vec2 o) const { return {x + o.x, y + o.y}; }
    constexpr Vec2 operator-(Vec2 o) const { return {x - o.x, y - o.y}; }
    constexpr Vec2 operator*(float s) const { return {x * s, y * s}; }
    constexpr Vec2 operator/(float s) const { return {x / s, y / s}; }
    constexpr Vec2& operator+=(Vec2 o) { x += o.x; y += o.y; return *this; }
    constexpr Vec2& operator-=(Vec2 o) { x -= o.x; y -= o.y; return *this; }
    constexpr bool operator==(const Vec2&) const = default;

    /// Squared length in double, so threshold comparisons are exact for whole pixels.
    [[nodiscard]] constexpr double LengthSquared() const {
        return static_cast<double>(x) * x + static_cast<double>(y) * y;
    }
    [[nodiscard]] double Length() const { return std::sqrt(LengthSquared()); }
};

[[nodiscard]] inline double Distance(Vec2 a, Vec2 b) { return (a - b).Length(); }
[[nodiscard]] constexpr Vec2 Midpoint(Vec2 a, Vec2 b) { return {(a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f}; }
[[nodiscard]] inline bool IsFinite(Vec2 v) { return std::isfinite(v.x) && std::isfinite(v.y); }

/// One change of one contact. Ids are chosen by the platform and reused after Up.
struct ContactEvent {
    enum class Type { Down, Move, Up, Cancel };

    int id = 0;
    Type type = Type::Down;
    Vec2 pos;          ///< framebuffer pixels
    double time = 0.0; ///< seconds on the caller's monotonic clock
};
inline constexpr std::array<std::string_view, 4> kContactTypeNames = {"down", "move", "up", "cancel"};

} // namespace jb::input
