// The dot-vote ranking panel.
#include "ranking_panel.h"

namespace jb::ui {

void RankingPanel::Draw(UiContext&, const Rect&) {}

} // namespace jb::ui
