// Domain enumerations of a journey map, each with a names table used for
// stable serialisation keys (never translated; the UI translates separately).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace jb::model {

/// What kind of content a lane (row) holds.
enum class LaneKind {
    Touchpoints,   ///< 触点/渠道
    Actions,       ///< 行为
    Thoughts,      ///< 想法 thoughts & questions
    Emotion,       ///< 情感 (the curve lane)
    PainPoints,    ///< 痛点
    Opportunities, ///< 机会
    Frontstage,    ///< service blueprint: visible to the customer
    Backstage,     ///< service blueprint: behind the line of visibility
    Support,       ///< service blueprint: support processes
    Evidence,      ///< service blueprint: physical evidence
    Custom,
};
inline constexpr std::array<std::string_view, 11> kLaneKindNames = {
    "touchpoints", "actions", "thoughts", "emotion", "pain_points", "opportunities",
    "frontstage", "backstage", "support", "evidence", "custom"};

/// The channel a touchpoint note happens through.
enum class Channel { None, Store, Website, App, Phone, Social, Email, Delivery, Chat, Other };
inline constexpr std::array<std::string_view, 10> kChannelNames = {
    "none", "store", "website", "app", "phone", "social", "email", "delivery", "chat", "other"};

/// How well a note is backed by research.
enum class EvidenceLevel { None, Observed, Reported, Assumed };
inline constexpr std::array<std::string_view, 4> kEvidenceLevelNames = {
    "none", "observed", "reported", "assumed"};

/// What a voting dot means.
enum class DotType { Pain, MomentOfTruth, Plain };
inline constexpr std::array<std::string_view, 3> kDotTypeNames = {"pain", "moment_of_truth", "plain"};

enum class Priority { Low, Medium, High };
inline constexpr std::array<std::string_view, 3> kPriorityNames = {"low", "medium", "high"};

enum class ActionStatus { Open, InProgress, Done };
inline constexpr std::array<std::string_view, 3> kActionStatusNames = {"open", "in_progress", "done"};

/// Workshop phases in the order PRODUCT.md runs them.
enum class Phase { Setup, SilentWriting, PlaceAndDiscuss, EmotionVote, DotVote, ActionPlan, WrapUp };
inline constexpr std::array<std::string_view, 7> kPhaseNames = {
    "setup", "silent_writing", "place_and_discuss", "emotion_vote", "dot_vote", "action_plan", "wrap_up"};

/// Which emotion curve a vote belongs to: the experience today or the target.
enum class Curve { AsIs, ToBe };
inline constexpr std::array<std::string_view, 2> kCurveNames = {"as_is", "to_be"};

/// The simple shapes/animals a participant token can show.
enum class TokenIcon { Cat, Dog, Rabbit, Bird, Fish, Fox, Bear, Owl, Turtle, Bee, Star, Heart, Sun, Moon, Leaf, Flower };
inline constexpr std::array<std::string_view, 16> kTokenIconNames = {
    "cat", "dog", "rabbit", "bird", "fish", "fox", "bear", "owl",
    "turtle", "bee", "star", "heart", "sun", "moon", "leaf", "flower"};

/// Name of an enum value from its names table.
template <typename E, std::size_t N>
[[nodiscard]] constexpr std::string_view EnumName(E value, const std::array<std::string_view, N>& names) {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : std::string_view{};
}

/// Enum value from its name, or nullopt for an unknown name.
template <typename E, std::size_t N>
[[nodiscard]] constexpr std::optional<E> EnumFromName(std::string_view name,
                                                      const std::array<std::string_view, N>& names) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name)
            return static_cast<E>(i);
    return std::nullopt;
}

} // namespace jb::model
