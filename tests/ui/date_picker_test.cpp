// (to come)
#include <catch2/catch.hpp>
