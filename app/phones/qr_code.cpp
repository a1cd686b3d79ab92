// qrcodegen to a module matrix.
#include "phones/qr_code.h"

#include <qrcodegen.hpp>

#include <string>

namespace jb::phones {

QrMatrix EncodeQr(std::string_view text) {
    try {
        const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(std::string(text).c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
        QrMatrix m;
        m.size = qr.getSize();
        m.modules.resize(static_cast<std::size_t>(m.size) * static_cast<std::size_t>(m.size));
        for (int y = 0; y < m.size; ++y)
            for (int x = 0; x < m.size; ++x)
                m.modules[static_cast<std::size_t>(y * m.size + x)] = qr.getModule(x, y);
        return m;
    } catch (const qrcodegen::data_too_long&) {
        return {};
    }
}

} // namespace jb::phones
