// The phone API's routes.
#include "phones/phone_api.h"

#include "edit/note_commands.h"
#include "edit/vote_commands.h"
#include "model/enums.h"
#include "model/queries.h"
#include "phones/phone_request.h"
#include "workshop/phase_rules.h"
#include "workshop/submission_gate.h"

#include <charconv>

namespace jb::phones {

namespace {

using nlohmann::json;

/// Phones joining from the room: the board takes at most this many participants that way.
constexpr std::size_t kMaxRoom = 20;

HttpResponse Json(int status, const json& body) { return {status, "application/json", body.dump(), 0}; }

HttpResponse TooMany(std::string_view what, int retry_after) {
    HttpResponse res = ErrorResponse(429, what);
    res.retry_after = retry_after;
    return res;
}

HttpResponse Bad(const BadRequest& bad) {
    return ErrorResponse(400, bad.error, bad.field.empty() ? json(nullptr) : json{{"field", bad.field}});
}

std::string BearerKey(std::string_view authorization) {
    constexpr std::string_view kBearer = "Bearer ";
    if (authorization.size() <= kBearer.size() || authorization.substr(0, kBearer.size()) != kBearer)
        return {};
    return std::string(authorization.substr(kBearer.size(), 64));
}

/// Which methods a known path takes (empty = not a path of the API).
std::string_view MethodsFor(std::string_view path) {
    if (path.rfind("/j/", 0) == 0 || path == "/api/v1/room" || path == "/api/v1/state")
        return "GET";
    if (path == "/api/v1/join" || path == "/api/v1/notes" || path == "/api/v1/votes" || path == "/api/v1/dots")
        return "POST";
    if (path.rfind("/api/v1/dots/", 0) == 0)
        return "DELETE";
    return {};
}

} // namespace

HttpResponse ErrorResponse(int status, std::string_view error, json extra) {
    json body = extra.is_object() ? std::move(extra) : json::object();
    body["error"] = std::string(error);
    return Json(status, body);
}

PhoneApi::PhoneApi(PhoneAccess& access, const PhonePage& page, PhoneBoard& board)
    : m_access(access), m_page(page), m_board(board), m_now([] { return Clock::now(); }) {}

std::string PhoneApi::Label(const model::Session& s, const model::Participant& p, std::string_view lang) const {
    if (!p.name.empty())
        return p.name;
    std::size_t index = 0;
    while (index < s.participants.size() && s.participants[index].id != p.id)
        ++index;
    return m_page.Strings(lang).Format("participants.unnamed", index + 1);
}

HttpResponse PhoneApi::Handle(const HttpRequest& r) {
    const Clock::time_point now = m_now();
    int retry = 0;
    // The state feed of a phone that has a key counts against that phone only: every change
    // answers all the waiting phones at once, and a room behind one address would trip over it.
    const bool feed = r.path == "/api/v1/state" && r.method == "GET";
    // The board first, then the key: a key checked before another board was opened is then
    // refused by the Workspace (the generation), one checked after it is gone already.
    const std::uint64_t generation = m_board.Snapshot()->generation;
    const std::string key = BearerKey(r.authorization);
    const std::optional<model::Id> me = key.empty() ? std::nullopt : m_access.Use(key, now);
    if (feed && me) {
        if (!m_feed_per_key.Take(key, now, &retry))
            return TooMany("too many state requests from this phone", retry);
        return State(r, *me);
    }
    if (!m_per_address.Take(r.remote, now, &retry))
        return TooMany("too many requests from this address", retry);
    const std::string_view methods = MethodsFor(r.path);
    if (methods.empty())
        return ErrorResponse(404, "no such page");
    const bool head = r.method == "HEAD" && methods == "GET";
    if (r.method != methods && !head)
        return ErrorResponse(405, "this address takes " + std::string(methods) + " only");
    if (!m_access.IsOpen())
        return ErrorResponse(403, "phones are turned off on the board");
    if (r.path.rfind("/j/", 0) == 0)
        return Page(r);
    if (r.path == "/api/v1/room")
        return Room(r);
    if (r.path == "/api/v1/join")
        return Join(r);

    if (!me)
        return ErrorResponse(401, key.empty() ? "no phone key (Authorization: Bearer KEY)" : "unknown phone key");
    if (!m_per_key.Take(key, now, &retry))
        return TooMany("too many changes from this phone", retry);
    if (r.path == "/api/v1/notes")
        return AddNote(r, *me, generation);
    if (r.path == "/api/v1/votes")
        return Vote(r, *me, generation);
    if (r.path == "/api/v1/dots")
        return PlaceDot(r, *me, generation);
    return TakeBackDot(r.path.substr(std::string_view("/api/v1/dots/").size()), *me, generation);
}

HttpResponse PhoneApi::Page(const HttpRequest& r) {
    if (!m_access.TokenIs(std::string_view(r.path).substr(3)))
        return ErrorResponse(403, "this join code is not (or no longer) the board's: scan the QR code again");
    return {200, "text/html; charset=utf-8", m_page.Html(PhoneLanguage(r.accept_language)), 0};
}

HttpResponse PhoneApi::Room(const HttpRequest& r) {
    if (!m_access.TokenIs(r.token))
        return ErrorResponse(403, "wrong or expired join code");
    const auto board = m_board.Snapshot();
    const std::string lang = PhoneLanguage(r.accept_language);
    const Clock::time_point now = m_now();
    json room = RoomFor(
        *board, [&](const model::Session& s, const model::Participant& p) { return Label(s, p, lang); },
        [&](const model::Id& id) { return m_access.HeldByOther(id, {}, now); });
    room["can_join_new"] = board->session.participants.size() < kMaxRoom;
    return Json(200, room);
}

HttpResponse PhoneApi::Join(const HttpRequest& r) {
    BadRequest bad;
    const std::optional<json> body = ParseBody(r.body, bad);
    if (!body)
        return Bad(bad);
    const auto token = body->find("token");
    if (token == body->end() || !token->is_string() || !m_access.TokenIs(token->get_ref<const std::string&>()))
        return ErrorResponse(403, "wrong or expired join code", {{"field", "token"}});
    const Clock::time_point now = m_now();
    int retry = 0;
    if (!m_joins.Take(r.remote, now, &retry))
        return TooMany("too many joins from this address", retry);
    // A phone that already has a key (a reload) keeps it and its participant.
    const std::string old_key = BearerKey(r.authorization);
    if (!old_key.empty())
        if (const std::optional<model::Id> me = m_access.Use(old_key, now))
            return Json(200, {{"key", old_key}, {"participant", *me}});

    const auto board = m_board.Snapshot();
    const std::optional<std::string> claim = IdField(*body, "participant", bad, true);
    if (!bad.error.empty())
        return Bad(bad);
    if (claim) {
        if (!model::FindParticipant(board->session, *claim))
            return ErrorResponse(404, "no such participant on the board", {{"field", "participant"}});
        const std::string key = m_access.Claim(*claim, now);
        if (key.empty())
            return m_access.IsOpen() ? ErrorResponse(409, "another phone holds this participant", {{"field", "participant"}})
                                     : ErrorResponse(403, "phones are turned off on the board");
        return Json(200, {{"key", key}, {"participant", *claim}});
    }
    std::string name;
    if (body->contains("name") && !(*body)["name"].is_null()) {
        const std::optional<std::string> n = TextField(*body, "name", kMaxNameChars, bad, true);
        if (!n)
            return Bad(bad);
        name = *n;
    }
    if (board->session.participants.size() >= kMaxRoom)
        return ErrorResponse(403, "the board has 20 participants: pick one of them", {{"refusal", "room_full"}});
    edit::ParticipantDraft draft = m_board.NewParticipant(board->session);
    draft.name = name;
    draft.from_phone = true;
    const auto result = m_board.Submit(workshop::Actor::Participant({}, workshop::Source::Phone),
                                       std::make_unique<edit::AddParticipant>(std::move(draft)), board->generation);
    if (!result)
        return ErrorResponse(503, "the board did not answer in time");
    if (!result->applied || result->created.empty())
        return ErrorResponse(403, "the board has 20 participants: pick one of them", {{"refusal", "room_full"}});
    const std::string key = m_access.Bind(result->created, m_now());
    if (key.empty())
        return ErrorResponse(403, "phones are turned off on the board");
    return Json(200, {{"key", key}, {"participant", result->created}});
}

HttpResponse PhoneApi::State(const HttpRequest& r, const model::Id& me) {
    std::shared_ptr<const BoardSnapshot> board = m_board.Snapshot();
    std::uint64_t since = 0;
    const bool has_since = !r.since.empty() &&
                           std::from_chars(r.since.data(), r.since.data() + r.since.size(), since).ec == std::errc() &&
                           since == board->revision;
    if (has_since && m_waiting.fetch_add(1) < kMaxWaiting) {
        board = m_board.WaitForChange(since, Clock::now() + m_long_poll);
        m_waiting.fetch_sub(1);
    } else if (has_since) {
        m_waiting.fetch_sub(1);
    }
    if (!model::FindParticipant(board->session, me))
        return ErrorResponse(401, "this phone's participant left the board");
    const std::string lang = PhoneLanguage(r.accept_language);
    return Json(200, StateFor(
                         *board, me, [&](const model::Session& s, const model::Participant& p) { return Label(s, p, lang); },
                         m_now()));
}

HttpResponse PhoneApi::Run(const model::Id& me, std::uint64_t generation, std::unique_ptr<edit::Command> command, int ok_status,
                           const std::function<json(const edit::CommandQueue::Result&)>& ok) {
    const auto result =
        m_board.Submit(workshop::Actor::Participant(me, workshop::Source::Phone), std::move(command), generation);
    if (!result)
        return ErrorResponse(503, "the board did not answer in time");
    if (result->applied)
        return Json(ok_status, ok(*result));
    const store::StringCatalog& en = m_page.Strings("en");
    if (result->refusal != workshop::Refusal::None)
        return ErrorResponse(
            403, en.Get(result->refusal_key),
            {{"refusal", std::string(model::EnumName(result->refusal, workshop::kRefusalNames))}});
    return ErrorResponse(409, result->refusal_key.empty() ? "the board did not take it" : en.Get(result->refusal_key),
                         {{"refusal", "refused"}});
}

HttpResponse PhoneApi::AddNote(const HttpRequest& r, const model::Id& me, std::uint64_t generation) {
    BadRequest bad;
    const std::optional<json> body = ParseBody(r.body, bad);
    if (!body)
        return Bad(bad);
    const auto stage = IdField(*body, "stage", bad);
    const auto lane = stage ? IdField(*body, "lane", bad) : std::nullopt;
    const auto text = lane ? TextField(*body, "text", kMaxNoteChars, bad) : std::nullopt;
    if (!text)
        return Bad(bad);
    const auto board = m_board.Snapshot();
    if (!model::FindStage(board->session, *stage))
        return ErrorResponse(404, "no such stage", {{"field", "stage"}});
    const model::Lane* l = model::FindLane(board->session, *lane);
    if (!l)
        return ErrorResponse(404, "no such lane", {{"field", "lane"}});
    if (l->kind == model::LaneKind::Emotion)
        return ErrorResponse(400, "the emotion lane takes votes, not notes", {{"field", "lane"}});
    edit::NoteDraft draft;
    draft.stage = *stage;
    draft.lane = *lane;
    draft.text = *text;
    draft.author = me;
    draft.hidden = workshop::NewNotesHidden(board->session.workshop); // face-down in silent writing, as on the glass
    return Run(me, generation, std::make_unique<edit::AddNote>(std::move(draft)), 201,
               [](const edit::CommandQueue::Result& res) { return json{{"id", res.created}}; });
}

HttpResponse PhoneApi::Vote(const HttpRequest& r, const model::Id& me, std::uint64_t generation) {
    BadRequest bad;
    const std::optional<json> body = ParseBody(r.body, bad);
    if (!body)
        return Bad(bad);
    const auto stage = IdField(*body, "stage", bad);
    if (!stage)
        return Bad(bad);
    const auto value = body->find("value");
    if (value == body->end() || !(value->is_null() || value->is_number_integer()) ||
        (value->is_number_integer() && (value->get<std::int64_t>() < -2 || value->get<std::int64_t>() > 2)))
        return ErrorResponse(400, "\"value\" must be a whole number from -2 to 2, or null", {{"field", "value"}});
    const auto board = m_board.Snapshot();
    const model::Curve curve = board->session.workshop.emotion_curve;
    if (const auto c = body->find("curve"); c != body->end() && !c->is_null())
        if (!c->is_string() || c->get_ref<const std::string&>() != model::EnumName(curve, model::kCurveNames))
            return ErrorResponse(400, "\"curve\" is not the curve being voted on", {{"field", "curve"}});
    if (!model::FindStage(board->session, *stage))
        return ErrorResponse(404, "no such stage", {{"field", "stage"}});
    if (value->is_null())
        return Run(me, generation, std::make_unique<edit::ClearEmotionVote>(me, *stage, curve), 200,
                   [&](const auto&) { return json{{"stage", *stage}, {"value", nullptr}}; });
    const int v = static_cast<int>(value->get<std::int64_t>());
    return Run(me, generation, std::make_unique<edit::CastEmotionVote>(me, *stage, v, curve), 200,
               [&](const auto&) { return json{{"stage", *stage}, {"value", v}}; });
}

HttpResponse PhoneApi::PlaceDot(const HttpRequest& r, const model::Id& me, std::uint64_t generation) {
    BadRequest bad;
    const std::optional<json> body = ParseBody(r.body, bad);
    if (!body)
        return Bad(bad);
    const auto note_id = IdField(*body, "note", bad);
    if (!note_id)
        return Bad(bad);
    const auto board = m_board.Snapshot();
    const model::Session& s = board->session;
    const model::Note* note = model::FindNote(s, *note_id);
    if (!note || (note->hidden && note->author != me)) // someone's face-down note is not there for a phone
        return ErrorResponse(404, "no such note", {{"field", "note"}});
    const model::WorkshopState& w = s.workshop;
    if (const auto why = workshop::WhyRefusedOnNote(w, workshop::Action::PlaceDot, workshop::Role::Participant, *note, me);
        why != workshop::Refusal::None)
        return ErrorResponse(403, m_page.Strings("en").Get(workshop::RefusalKey(why, workshop::Action::PlaceDot)),
                             {{"refusal", std::string(model::EnumName(why, workshop::kRefusalNames))}});
    if (!model::DotEligible(s, *note))
        return ErrorResponse(403, "this note's lane takes no dots in this dot vote", {{"refusal", "not_eligible"}});
    const int used = model::DotsUsed(s, me, w.dot_type);
    if (used >= w.dots_per_participant)
        return ErrorResponse(403, "all your dots are spent: take one back first", {{"refusal", "budget_spent"}});
    const int left = w.dots_per_participant - used - 1;
    return Run(me, generation, std::make_unique<edit::PlaceDot>(me, *note_id, w.dot_type), 201,
               [left](const edit::CommandQueue::Result& res) { return json{{"id", res.created}, {"left", left}}; });
}

HttpResponse PhoneApi::TakeBackDot(const std::string& note_id, const model::Id& me, std::uint64_t generation) {
    if (!LooksLikeId(note_id))
        return ErrorResponse(404, "no such note");
    const auto board = m_board.Snapshot();
    const model::Session& s = board->session;
    const model::WorkshopState& w = s.workshop;
    // On a stack's top note: one of this person's dots on any of its notes (the note
    // itself first), as the stack is one item.
    const model::NoteGroup* g = model::GroupOfNote(s, note_id);
    const bool stack = g && g->notes.front() == note_id;
    const model::Dot* mine = nullptr;
    for (const bool exact : {true, false})
        for (const model::Dot& d : s.dots)
            if (!mine && d.participant == me && d.type == w.dot_type &&
                (exact ? d.note == note_id : stack && model::GroupOfNote(s, d.note) == g))
                mine = &d;
    for (const model::Dot& d : s.dots) // a dot of an earlier round's type, when none of this round's
        if (!mine && d.note == note_id && d.participant == me)
            mine = &d;
    if (!mine)
        return ErrorResponse(404, "you have no dot on that note", {{"field", "note"}});
    const int left = w.dots_per_participant - model::DotsUsed(s, me, w.dot_type) + (mine->type == w.dot_type ? 1 : 0);
    return Run(me, generation, std::make_unique<edit::RemoveDot>(mine->id), 200,
               [left](const auto&) { return json{{"left", std::max(0, left)}}; });
}

} // namespace jb::phones
