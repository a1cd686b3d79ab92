// cpp-httplib glue: routes, limits and the capped pool of connection threads.
#include "phones/phone_server.h"

#include "phones/phone_request.h"

#include <httplib.h>

#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <charconv>
#include <filesystem>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <vector>

namespace jb::phones {

namespace {

/// httplib's thread pool, but enqueue() waits while `cap` connections are being served or
/// waiting, so the listening thread stops accepting instead of queueing without bound.
class CappedPool final : public httplib::TaskQueue {
public:
    CappedPool(std::size_t threads, std::size_t cap) : m_cap(cap) {
        for (std::size_t i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { Work(); });
    }
    void enqueue(std::function<void()> fn) override {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [&] { return m_busy + m_jobs.size() < m_cap || m_shutdown; });
        m_jobs.push_back(std::move(fn));
        m_ready.notify_one();
    }
    void shutdown() override {
        {
            const std::lock_guard lock(m_mutex);
            m_shutdown = true;
        }
        m_ready.notify_all();
        m_room.notify_all();
        for (std::thread& t : m_threads)
            t.join();
    }

private:
    void Work() {
        for (;;) {
            std::function<void()> fn;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [&] { return !m_jobs.empty() || m_shutdown; });
                if (m_jobs.empty())
                    return; // shut down with nothing left to serve
                fn = std::move(m_jobs.front());
                m_jobs.pop_front();
                ++m_busy;
            }
            fn();
            {
                const std::lock_guard lock(m_mutex);
                --m_busy;
            }
            m_room.notify_one();
        }
    }
    const std::size_t m_cap;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_room;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_threads;
    std::size_t m_busy = 0;
    bool m_shutdown = false;
};

void Reply(const HttpResponse& out, httplib::Response& res) {
    res.status = out.status;
    res.set_content(out.body, out.content_type.c_str());
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    if (out.content_type.rfind("text/html", 0) == 0) // the page runs only its own inline script
        res.set_header("Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                       "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    if (out.retry_after > 0)
        res.set_header("Retry-After", std::to_string(out.retry_after));
}

/// Shuts down (without closing: their threads close them) every TCP socket of this process
/// whose local port is `port`: the connections phones opened to the server.
void ShutDownConnections(int port) {
    if (port <= 0)
        return;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
        int fd = -1;
        const std::string name = entry.path().filename().string();
        if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc())
            continue;
        sockaddr_storage local{};
        socklen_t len = sizeof local;
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &len) != 0)
            continue; // not a socket (or gone)
        int local_port = 0;
        if (local.ss_family == AF_INET)
            local_port = ntohs(reinterpret_cast<const sockaddr_in*>(&local)->sin_port);
        else if (local.ss_family == AF_INET6)
            local_port = ntohs(reinterpret_cast<const sockaddr_in6*>(&local)->sin6_port);
        if (local_port == port)
            ::shutdown(fd, SHUT_RDWR);
    }
}

} // namespace

PhoneServer::PhoneServer(Handler handler) : m_handler(std::move(handler)) {}

PhoneServer::~PhoneServer() { Stop(); }

bool PhoneServer::Start(const std::string& address, int port, std::string& problem) {
    Stop();
    m_server = std::make_unique<httplib::Server>();
    httplib::Server& svr = *m_server;
    svr.new_task_queue = [] { return new CappedPool(kMaxConnections, kMaxConnections); };
    svr.set_payload_max_length(kMaxBodyBytes);
    svr.set_read_timeout(5, 0);
    svr.set_write_timeout(5, 0);
    svr.set_keep_alive_timeout(3);
    svr.set_keep_alive_max_count(100);
    const auto serve = [this](const httplib::Request& req, httplib::Response& res) {
        HttpRequest in;
        in.method = req.method;
        in.path = req.path;
        in.since = req.get_param_value("since");
        in.token = req.get_param_value("token");
        in.authorization = req.get_header_value("Authorization");
        in.accept_language = req.get_header_value("Accept-Language");
        in.remote = req.remote_addr;
        in.body = req.body;
        Reply(m_handler(in), res);
    };
    // One handler for every path and method: the API decides (404, 405), never httplib's file mounts.
    svr.Get(".*", serve);
    svr.Post(".*", serve);
    svr.Put(".*", serve);
    svr.Delete(".*", serve);
    svr.Patch(".*", serve);
    svr.Options(".*", serve);
    // What httplib refuses itself (a bad request line, a body over the limit) also answers in JSON.
    svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty())
            return;
        const char* what = res.status == 413 ? "the body is over 16 KB"
                           : res.status == 414 ? "the address is too long"
                           : res.status == 404 ? "no such page"
                                               : "bad request";
        res.set_content(ErrorResponse(res.status, what).body, "application/json");
    });
    svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content(ErrorResponse(500, "the board could not answer").body, "application/json");
    });
    if (port == 0) {
        m_port = svr.bind_to_any_port(address);
        if (m_port <= 0) {
            problem = address + ": " + std::strerror(errno);
            m_server.reset();
            return false;
        }
    } else if (!svr.bind_to_port(address, port)) {
        problem = address + ":" + std::to_string(port) + ": " + std::strerror(errno);
        m_server.reset();
        return false;
    } else {
        m_port = port;
    }
    m_thread = std::thread([&svr] { svr.listen_after_bind(); });
    return true;
}

void PhoneServer::Stop() {
    if (!m_server)
        return;
    m_server->stop(); // no new connections
    // A slow client keeps its thread as long as it trickles bytes in, and with every thread
    // taken the listening thread waits in enqueue(): end every connection of ours at once.
    ShutDownConnections(m_port);
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
    m_port = 0;
}

} // namespace jb::phones
