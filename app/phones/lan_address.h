// Which address the room's phones can reach the board at: the IPv4 address of the
// network interface the default route goes through (the room's Wi-Fi or cable).
#pragma once

#include <string>

namespace jb::phones {

struct LanAddress {
    std::string address;   ///< e.g. 192.168.1.20; 127.0.0.1 when there is no network
    std::string interface; ///< e.g. wlan0; empty for the fallback
};

/// Reads /proc/net/route for the default route's interface and asks the system for its
/// address; else the first address of an interface that is up and not the loopback.
[[nodiscard]] LanAddress FindLanAddress();

/// Splits "ADDR:PORT" (port 1..65535, ADDR an IPv4 address or a name); false when it is not one.
[[nodiscard]] bool SplitAddressPort(const std::string& text, std::string& address, int& port);

} // namespace jb::phones
