// librime behind the PinyinEngine interface (stub until the issue-9 work lands).
#include "rime_engine.h"

namespace jb::ime {

namespace {
class MissingEngine final : public PinyinEngine {};
} // namespace

std::unique_ptr<PinyinEngine> CreateRimeEngine(const RimeSetup&) {
    return std::make_unique<MissingEngine>();
}

} // namespace jb::ime
