// Which token (colour and icon) a new participant gets, and the label a
// participant goes by on cards, menus and exports.
#include "ui/kit/participant_choice.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <algorithm>
#include <limits>

namespace jb::ui {

TokenChoice NextFreeToken(const std::vector<model::Participant>& taken) {
    const auto colour_used = [&](model::Rgb c) {
        return std::any_of(taken.begin(), taken.end(),
                           [&](const auto& p) { return (p.color & Palette::kRgbMask) == c; });
    };
    const auto holders = [&](model::TokenIcon icon) {
        return static_cast<int>(
            std::count_if(taken.begin(), taken.end(), [&](const auto& p) { return p.icon == icon; }));
    };
    const int slots = static_cast<int>(TokenPalette().size());
    const int icons = static_cast<int>(model::kTokenIconNames.size());
    for (int i = 0; i < slots; ++i)
        if (!colour_used(TokenColorFor(i)) && holders(TokenIconFor(i)) == 0)
            return {TokenColorFor(i), TokenIconFor(i)};

    model::Rgb color = TokenColorFor(static_cast<int>(taken.size()));
    for (int i = 0; i < slots; ++i)
        if (!colour_used(TokenColorFor(i))) {
            color = TokenColorFor(i);
            break;
        }
    // Someone changed icons, so the palette order no longer lines up: any free icon keeps tokens distinct.
    for (int i = 0; i < icons; ++i)
        if (holders(TokenIconFor(i)) == 0)
            return {color, TokenIconFor(i)};

    // Every icon is taken: share the one whose holders look least like this colour, in every vision.
    TokenChoice best{color, TokenIconFor(0)};
    int best_holders = std::numeric_limits<int>::max();
    float best_distance = -1.0f;
    for (int i = 0; i < icons; ++i) {
        const model::TokenIcon icon = TokenIconFor(i);
        const int n = holders(icon);
        float distance = std::numeric_limits<float>::max();
        for (const auto& p : taken)
            if (p.icon == icon)
                for (const ColorVision v :
                     {ColorVision::Typical, ColorVision::Protan, ColorVision::Deutan, ColorVision::Tritan})
                    distance = std::min(distance, ColorDifference(color, p.color & Palette::kRgbMask, v));
        if (n < best_holders || (n == best_holders && distance > best_distance)) {
            best = {color, icon};
            best_holders = n;
            best_distance = distance;
        }
    }
    return best;
}

std::string ParticipantLabel(const UiContext& ctx, const model::Session& session,
                             const model::Participant& participant) {
    if (!participant.name.empty())
        return participant.name;
    std::size_t index = 0;
    while (index < session.participants.size() && session.participants[index].id != participant.id)
        ++index;
    return Format(ctx.Tr("participants.unnamed"), {std::to_string(index + 1)});
}

} // namespace jb::ui
