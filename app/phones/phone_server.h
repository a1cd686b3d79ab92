// The HTTP side of the phone API on cpp-httplib: binds one address, serves every
// request through a handler (PhoneApi::Handle), with a cap on connections served at
// once, short timeouts and a 16 KB body limit. No file is ever served from disk.
#pragma once

#include "phones/phone_api.h"

#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

namespace jb::phones {

class PhoneServer {
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    /// Connections served at once; more wait in the kernel's queue (the server stops
    /// accepting until one ends), so a flood costs neither threads nor file descriptors.
    static constexpr int kMaxConnections = 96;

    explicit PhoneServer(Handler handler);
    ~PhoneServer();
    PhoneServer(const PhoneServer&) = delete;
    PhoneServer& operator=(const PhoneServer&) = delete;

    /// Binds `address`:`port` (port 0 = any free port) and serves on a thread. False with
    /// `problem` (e.g. "127.0.0.1:8421: Address already in use").
    bool Start(const std::string& address, int port, std::string& problem);
    /// Stops serving; returns once every connection is closed.
    void Stop();
    [[nodiscard]] bool Running() const { return m_thread.joinable(); }
    [[nodiscard]] int Port() const { return m_port; }

private:
    Handler m_handler;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
};

} // namespace jb::phones
