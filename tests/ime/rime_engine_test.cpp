// The librime-backed pinyin engine (filled in by the issue-9 work).
#include "ime/pinyin_engine.h"

#include <catch2/catch.hpp>

TEST_CASE("a rime engine can always be created") {
    REQUIRE(jb::ime::CreateRimeEngine({}) != nullptr);
}
