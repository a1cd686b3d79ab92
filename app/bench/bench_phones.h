// The room's phones against the real journeyboard binary: its CPU with 30 phones
// connected and idle (each waiting on the state feed), and a phone's round trip for a
// note, from the request to the answer and to the first frame presented after it. Simulated phones on 127.0.0.1 with cpp-httplib's client.
#pragma once

#include "bench_figures.h"

#include <filesystem>

namespace jb::bench {

[[nodiscard]] Figures BenchPhones(const std::filesystem::path& app, int runs, double idle_seconds);

} // namespace jb::bench
