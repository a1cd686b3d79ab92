// The default route's interface and its address.
#include "phones/lan_address.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <charconv>
#include <fstream>
#include <sstream>

namespace jb::phones {

namespace {

std::string DefaultRouteInterface() {
    std::ifstream in("/proc/net/route");
    std::string line;
    std::getline(in, line); // the header
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string iface, destination, gateway;
        unsigned flags = 0;
        if (fields >> iface >> destination >> gateway >> std::hex >> flags && destination == "00000000" && (flags & 1u))
            return iface; // RTF_UP
    }
    return {};
}

} // namespace

LanAddress FindLanAddress() {
    const std::string route = DefaultRouteInterface();
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0)
        return {"127.0.0.1", {}};
    LanAddress on_route, any_up;
    for (const ifaddrs* a = list; a; a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET || !(a->ifa_flags & IFF_UP) || (a->ifa_flags & IFF_LOOPBACK))
            continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
        if (!::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text))
            continue;
        if (on_route.address.empty() && a->ifa_name && route == a->ifa_name)
            on_route = {text, a->ifa_name};
        if (any_up.address.empty())
            any_up = {text, a->ifa_name ? a->ifa_name : ""};
    }
    ::freeifaddrs(list);
    if (!on_route.address.empty())
        return on_route;
    if (!any_up.address.empty())
        return any_up;
    return {"127.0.0.1", {}};
}

bool SplitAddressPort(const std::string& text, std::string& address, int& port) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size() || text.size() > 300)
        return false;
    int p = 0;
    const char* first = text.data() + colon + 1;
    const char* last = text.data() + text.size();
    const auto [end, ec] = std::from_chars(first, last, p);
    if (ec != std::errc() || end != last || p < 1 || p > 65535)
        return false;
    address = text.substr(0, colon);
    port = p;
    return address.find_first_of(" /\t") == std::string::npos;
}

} // namespace jb::phones
