// The phone service: server, access and snapshots around the Workspace.
#include "phones/phone_service.h"

#include <thread>

namespace jb::phones {

namespace {

bool SameTimer(const std::optional<TimerSnapshot>& a, const std::optional<TimerSnapshot>& b) {
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    // A running countdown's remaining time changes all the time: only its start, pause or
    // added time are news. A paused one is news when its remaining time changed.
    return a->running == b->running && a->total == b->total && (a->running || a->remaining == b->remaining);
}

} // namespace

PhoneService::PhoneService(workspace::Workspace& ws, std::filesystem::path assets_dir)
    : m_ws(ws), m_assets_dir(std::move(assets_dir)) {
    m_snapshot = std::make_shared<BoardSnapshot>();
}

PhoneService::~PhoneService() { TurnOff(); }

bool PhoneService::TurnOn(const std::string& address, int port, const model::Session& session, std::uint64_t revision,
                          std::string& problem) {
    TurnOff();
    m_page.Load(m_assets_dir);
    if (!m_access.Open()) {
        problem = "the system gave no random numbers for the join code";
        return false;
    }
    m_stopping = false;
    PublishNow(session, revision, m_timer);
    m_server = std::make_unique<PhoneServer>([this](const HttpRequest& r) { return m_api.Handle(r); });
    if (!m_server->Start(address, port, problem)) {
        m_server.reset();
        m_access.Close();
        return false;
    }
    m_address = address;
    return true;
}

void PhoneService::TurnOff() {
    m_access.Close(); // every key and the token stop working at once
    m_stopping = true;
    {
        const std::lock_guard lock(m_mutex);
        m_changed.notify_all(); // phones waiting for a change answer now
    }
    if (m_server)
        m_server->Stop();
    m_server.reset();
}

std::string PhoneService::ShortUrl() const {
    if (!On())
        return {};
    return "http://" + m_address + ":" + std::to_string(m_server->Port());
}

std::string PhoneService::Url() const {
    const std::string token = m_access.Token();
    return On() && !token.empty() ? ShortUrl() + "/j/" + token : std::string();
}

void PhoneService::Publish(const model::Session& session, std::uint64_t revision, std::optional<TimerSnapshot> timer) {
    if (!On())
        return;
    if ((revision >> 32) != (m_session_revision >> 32) && !m_access.Open()) {
        // Another board: its participants are not the last board's, so every phone joins again.
        // With no random numbers for a new join code, phones go off rather than run on the old one.
        TurnOff();
        return;
    }
    if (revision == m_session_revision && SameTimer(timer, m_timer))
        return;
    PublishNow(session, revision, std::move(timer));
}

void PhoneService::PublishNow(const model::Session& session, std::uint64_t revision, std::optional<TimerSnapshot> timer) {
    auto snapshot = std::make_shared<BoardSnapshot>();
    snapshot->session = session;
    snapshot->timer = timer;
    snapshot->taken = Clock::now();
    snapshot->generation = revision >> 32;
    m_access.KeepOnly(session.participants); // a participant removed on the glass loses their phone
    {
        const std::lock_guard lock(m_mutex);
        snapshot->revision = ++m_counter;
        m_snapshot = std::move(snapshot);
        m_session_revision = revision;
        m_timer = std::move(timer);
    }
    m_changed.notify_all();
}

std::shared_ptr<const BoardSnapshot> PhoneService::Snapshot() const {
    const std::lock_guard lock(m_mutex);
    return m_snapshot;
}

std::shared_ptr<const BoardSnapshot> PhoneService::WaitForChange(std::uint64_t since, Clock::time_point deadline) {
    std::unique_lock lock(m_mutex);
    m_changed.wait_until(lock, deadline, [&] { return m_stopping || m_snapshot->revision != since; });
    return m_snapshot;
}

std::optional<edit::CommandQueue::Result> PhoneService::Submit(workshop::Actor actor,
                                                               std::unique_ptr<edit::Command> command,
                                                               std::uint64_t generation) {
    struct Answer {
        std::mutex mutex;
        std::condition_variable ready;
        std::optional<edit::CommandQueue::Result> result;
    };
    auto answer = std::make_shared<Answer>();
    // The frame thread answers after its next Apply (the Workspace wakes the loop).
    m_ws.Post(std::move(actor), std::move(command), [answer](const edit::CommandQueue::Result& r) {
        const std::lock_guard lock(answer->mutex);
        answer->result = r;
        answer->ready.notify_all();
    }, generation);
    const Clock::time_point deadline = Clock::now() + kAnswerWithin;
    std::unique_lock lock(answer->mutex);
    while (!answer->result && !m_stopping && Clock::now() < deadline)
        answer->ready.wait_for(lock, std::chrono::milliseconds(100));
    return answer->result;
}

edit::ParticipantDraft PhoneService::NewParticipant(const model::Session& session) {
    return m_new_participant ? m_new_participant(session) : edit::ParticipantDraft{};
}

} // namespace jb::phones
