// The room's phones as a whole: the server, the join token and keys, and the board
// as phones see it. The frame thread turns it on and off and publishes snapshots;
// the server's threads post commands through the Workspace's inbox and wait for
// the frame's answer. GUI-free.
#pragma once

#include "phones/phone_access.h"
#include "phones/phone_api.h"
#include "phones/phone_page.h"
#include "phones/phone_server.h"
#include "workspace/workspace.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace jb::phones {

class PhoneService final : public PhoneBoard {
public:
    /// How long a phone's change waits for the frame to apply it.
    static constexpr std::chrono::seconds kAnswerWithin{3};

    PhoneService(workspace::Workspace& ws, std::filesystem::path assets_dir);
    ~PhoneService() override;
    PhoneService(const PhoneService&) = delete;
    PhoneService& operator=(const PhoneService&) = delete;

    /// How a new participant looks (the board's token rule); set before turning on.
    using DraftMaker = std::function<edit::ParticipantDraft(const model::Session&)>;
    void SetNewParticipant(DraftMaker make) { m_new_participant = std::move(make); }

    /// Serves `address`:`port` with a new join token. False with `problem` (the port is taken,
    /// the address is not this machine's, no randomness).
    bool TurnOn(const std::string& address, int port, const model::Session& session, std::uint64_t revision,
                std::string& problem);
    /// Ends every phone's access at once and stops listening.
    void TurnOff();
    [[nodiscard]] bool On() const { return m_server && m_server->Running(); }
    /// http://ADDR:PORT/j/TOKEN while on, else "".
    [[nodiscard]] std::string Url() const;
    /// http://ADDR:PORT while on, else "".
    [[nodiscard]] std::string ShortUrl() const;
    [[nodiscard]] int Connected() const { return m_access.Connected(Clock::now()); }

    /// Frame thread, after each Apply: publishes the board when the session or the countdown
    /// changed. Another board opened (the revision's generation moved) gets a new join token.
    void Publish(const model::Session& session, std::uint64_t revision, std::optional<TimerSnapshot> timer);

    // PhoneBoard (the server's threads)
    [[nodiscard]] std::shared_ptr<const BoardSnapshot> Snapshot() const override;
    [[nodiscard]] std::shared_ptr<const BoardSnapshot> WaitForChange(std::uint64_t since,
                                                                    Clock::time_point deadline) override;
    [[nodiscard]] std::optional<edit::CommandQueue::Result> Submit(workshop::Actor actor,
                                                                   std::unique_ptr<edit::Command> command,
                                                                   std::uint64_t generation) override;
    [[nodiscard]] edit::ParticipantDraft NewParticipant(const model::Session& session) override;

    /// The API itself (tests).
    [[nodiscard]] PhoneApi& Api() { return m_api; }

private:
    void PublishNow(const model::Session& session, std::uint64_t revision, std::optional<TimerSnapshot> timer);

    workspace::Workspace& m_ws;
    std::filesystem::path m_assets_dir;
    PhoneAccess m_access;
    PhonePage m_page;
    PhoneApi m_api{m_access, m_page, *this};
    std::unique_ptr<PhoneServer> m_server;
    std::string m_address;
    DraftMaker m_new_participant;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::shared_ptr<const BoardSnapshot> m_snapshot;
    std::uint64_t m_counter = 0;
    std::uint64_t m_session_revision = 0;
    std::optional<TimerSnapshot> m_timer;
    std::atomic<bool> m_stopping{false};
};

} // namespace jb::phones
