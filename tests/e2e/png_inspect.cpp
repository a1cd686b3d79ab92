// Prints facts about a PNG for the end-to-end tests: size, how many distinct
// colours, the share of the most common colour (a blank frame is ~100%), and
// optionally how many pixels are close to a given colour.
// Usage: png_inspect FILE [X Y W H [RRGGBB]]  (optional region, optional colour to count)
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

int main(int argc, char** argv) {
    if (argc != 2 && argc != 6 && argc != 7) {
        std::fprintf(stderr, "usage: png_inspect FILE [X Y W H [RRGGBB]]\n");
        return 2;
    }
    int w = 0, h = 0, comp = 0;
    unsigned char* px = stbi_load(argv[1], &w, &h, &comp, 4);
    if (!px) {
        std::fprintf(stderr, "png_inspect: %s: %s\n", argv[1], stbi_failure_reason());
        return 1;
    }
    int x0 = 0, y0 = 0, rw = w, rh = h;
    if (argc >= 6) {
        x0 = std::atoi(argv[2]);
        y0 = std::atoi(argv[3]);
        rw = std::atoi(argv[4]);
        rh = std::atoi(argv[5]);
        if (x0 < 0 || y0 < 0 || rw <= 0 || rh <= 0 || x0 + rw > w || y0 + rh > h) {
            std::fprintf(stderr, "png_inspect: region outside the %dx%d image\n", w, h);
            return 1;
        }
    }
    std::unordered_map<unsigned, long> counts;
    long bright = 0; // near-white pixels: text strokes on the dark toolbar
    const bool matching = argc == 7;
    const unsigned wanted = matching ? static_cast<unsigned>(std::strtoul(argv[6], nullptr, 16)) : 0;
    long matches = 0; // pixels within a small distance of the wanted colour (antialiasing aside)
    const auto near = [](int a, int b) { return a - b <= 28 && b - a <= 28; };
    for (int y = y0; y < y0 + rh; ++y)
        for (int x = x0; x < x0 + rw; ++x) {
            const unsigned char* p = px + (static_cast<long>(y) * w + x) * 4;
            ++counts[(unsigned{p[0]} << 16) | (unsigned{p[1]} << 8) | p[2]];
            if (p[0] > 200 && p[1] > 200 && p[2] > 200)
                ++bright;
            if (matching && near(p[0], static_cast<int>(wanted >> 16 & 0xFF)) &&
                near(p[1], static_cast<int>(wanted >> 8 & 0xFF)) && near(p[2], static_cast<int>(wanted & 0xFF)))
                ++matches;
        }
    long top = 0;
    for (const auto& [colour, n] : counts)
        if (n > top)
            top = n;
    std::printf("width %d\nheight %d\ncolours %zu\ndominant_permille %ld\nbright_permille %ld\n", w, h, counts.size(),
                top * 1000 / (static_cast<long>(rw) * rh), bright * 1000 / (static_cast<long>(rw) * rh));
    if (matching)
        std::printf("match_pixels %ld\nmatch_permille %ld\n", matches, matches * 1000 / (static_cast<long>(rw) * rh));
    stbi_image_free(px);
    return 0;
}
