// A QR code for the join address (Debian's qrcodegen), as a square of modules the
// board draws itself.
#pragma once

#include <string_view>
#include <vector>

namespace jb::phones {

struct QrMatrix {
    int size = 0;              ///< modules per side; 0 when the text does not fit a QR code
    std::vector<bool> modules; ///< size*size, row by row, true = dark
};

/// Medium error correction (15 %: a smudged screen still scans), the smallest version that fits.
[[nodiscard]] QrMatrix EncodeQr(std::string_view text);

} // namespace jb::phones
