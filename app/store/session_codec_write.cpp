// Writing a session as schema-1 JSON. The text is emitted directly, in the
// fixed key order, laid out exactly as nlohmann::ordered_json::dump(2) would
// lay out the same document (a test holds the two side by side), but without
// building a tree first: autosave runs on the UI thread.
#include "store/session_codec.h"

#include "store/json_tree.h"
#include "store/text_rules.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace jb::store {

namespace {

/// Appends JSON with two-space indentation; containers with no children come out as {} and [].
class Emitter {
public:
    explicit Emitter(std::string& out) : m_out(out) {}

    void BeginObject() { Open('{'); }
    void EndObject() { Close('}'); }
    void BeginArray() { Open('['); }
    void EndArray() { Close(']'); }
    void Key(std::string_view key) {
        NextChild();
        AppendQuoted(key);
        m_out += ": ";
        m_after_key = true;
    }

    /// `valid_utf8`: the caller has checked the text already.
    void String(std::string_view text, bool valid_utf8 = false) {
        BeforeValue();
        if (valid_utf8) {
            m_out += '"';
            AppendEscaped(text);
            m_out += '"';
        } else {
            AppendQuoted(text);
        }
    }
    void Bool(bool value) {
        BeforeValue();
        m_out += value ? "true" : "false";
    }
    void Int(long long value) {
        BeforeValue();
        char buffer[24];
        m_out.append(buffer, static_cast<std::size_t>(std::snprintf(buffer, sizeof buffer, "%lld", value)));
    }
    void Uint(unsigned long long value) {
        BeforeValue();
        char buffer[24];
        m_out.append(buffer, static_cast<std::size_t>(std::snprintf(buffer, sizeof buffer, "%llu", value)));
    }
    void Double(double value) {
        BeforeValue();
        if (!std::isfinite(value)) {
            m_out += "0.0"; // JSON has no NaN or infinity; a broken order is better than a broken file
        } else if (value == std::trunc(value) && std::fabs(value) < 1e15) {
            // nlohmann writes whole numbers below 1e15 as "N.0"; spare the tree for the common case.
            char buffer[32];
            const int n = std::snprintf(buffer, sizeof buffer, "%s%lld.0", std::signbit(value) ? "-" : "",
                                        static_cast<long long>(std::fabs(value)));
            m_out.append(buffer, static_cast<std::size_t>(n));
        } else {
            m_out += Json(value).dump(); // nlohmann's shortest round-trip form
        }
    }

private:
    void Open(char bracket) {
        BeforeValue();
        m_out += bracket;
        m_has_children[++m_depth] = false;
    }
    void Close(char bracket) {
        if (m_has_children[m_depth]) {
            m_out += '\n';
            m_out.append(static_cast<std::size_t>(2 * (m_depth - 1)), ' ');
        }
        m_out += bracket;
        --m_depth;
    }
    void BeforeValue() {
        if (m_after_key)
            m_after_key = false;
        else if (m_depth > 0)
            NextChild(); // an array item
    }
    void NextChild() {
        m_out += m_has_children[m_depth] ? ",\n" : "\n";
        m_has_children[m_depth] = true;
        m_out.append(static_cast<std::size_t>(2 * m_depth), ' ');
    }
    /// Quotes and escapes like nlohmann (short escapes where JSON has them,
    /// \u00xx for other control characters, UTF-8 as-is). Bad UTF-8, which
    /// only an id could carry, becomes U+FFFD.
    void AppendQuoted(std::string_view text) {
        m_out += '"';
        if (FindInvalidUtf8(text)) {
            AppendEscaped(RepairUtf8(text));
        } else {
            AppendEscaped(text);
        }
        m_out += '"';
    }
    void AppendEscaped(std::string_view text) {
        constexpr std::uint64_t kOnes = 0x0101010101010101ull;
        constexpr std::uint64_t kHigh = 0x8080808080808080ull;
        const auto has_zero_byte = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
        std::size_t run = 0; // start of the plain bytes not yet copied
        for (std::size_t i = 0; i < text.size(); ++i) {
            while (i + 8 <= text.size()) {
                std::uint64_t chunk;
                std::memcpy(&chunk, text.data() + i, sizeof chunk);
                if (has_zero_byte(chunk ^ (kOnes * '"')) || has_zero_byte(chunk ^ (kOnes * '\\')) ||
                    ((chunk - kOnes * 0x20) & ~chunk & kHigh) != 0)
                    break;
                i += 8;
            }
            if (i >= text.size())
                break;
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(text.substr(run, i - run));
            run = i + 1;
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\b': m_out += "\\b"; break;
            case '\f': m_out += "\\f"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            default: {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                m_out += escaped;
            }
            }
        }
        m_out.append(text.substr(run));
    }

    std::string& m_out;
    int m_depth = 0;
    bool m_has_children[8] = {};   ///< per open container; sessions nest three deep
    bool m_after_key = false;
};

/// Text as the loader will accept it: valid UTF-8, CR LF and CR turned into
/// LF, other control characters dropped, at most max_text_bytes. Whatever
/// got into the model (pasted CR LF text, say), the saved file must load.
std::string_view CleanText(const std::string& text, std::string& storage) {
    const std::size_t max_bytes = CodecLimits{}.max_text_bytes;
    if (text.size() <= max_bytes && !FindControlCharacter(text) && !FindInvalidUtf8(text))
        return text;
    const std::string valid = RepairUtf8(text);
    storage.clear();
    for (std::size_t i = 0; i < valid.size(); ++i) {
        const auto c = static_cast<unsigned char>(valid[i]);
        if (c == '\r') {
            if (i + 1 >= valid.size() || valid[i + 1] != '\n')
                storage += '\n';
        } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            continue;
        } else if (c == 0xC2 && static_cast<unsigned char>(valid[i + 1]) <= 0x9F) {
            ++i; // a C1 control character, two bytes
        } else {
            storage += static_cast<char>(c);
        }
    }
    if (storage.size() > max_bytes) {
        std::size_t cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(storage[cut]) & 0xC0) == 0x80)
            --cut;
        storage.resize(cut);
    }
    return storage;
}

class SessionWriter {
public:
    explicit SessionWriter(std::string& out) : m_json(out) {}

    void Write(const model::Session& s) {
        m_json.BeginObject();
        m_json.Key("schema");
        m_json.Int(kSessionSchemaVersion);
        Str("app", "journeyboard");
        Str("id", s.id);
        Text("title", s.title);
        Str("created", s.created);
        Str("modified", s.modified);
        Str("template", s.template_id);
        Str("language", s.language);
        m_json.Key("next_serial");
        m_json.Uint(s.next_serial);
        WritePersona(s.persona);
        Array("stages", s.stages, [&](const model::Stage& x) {
            Str("id", x.id);
            Text("name", x.name);
            Text("prompt", x.prompt);
            Str("loops_back_to", x.loops_back_to);
        });
        Array("lanes", s.lanes, [&](const model::Lane& x) {
            Str("id", x.id);
            Str("kind", model::EnumName(x.kind, model::kLaneKindNames));
            Text("name", x.name);
            Str("color", FormatHexColor(x.color));
            Bool("below_line_of_visibility", x.below_line_of_visibility);
        });
        Array("notes", s.notes, [&](const model::Note& x) {
            Str("id", x.id);
            Text("text", x.text);
            Str("stage", x.stage);
            Str("lane", x.lane);
            m_json.Key("order");
            m_json.Double(x.order);
            Str("channel", model::EnumName(x.channel, model::kChannelNames));
            Bool("moment_of_truth", x.moment_of_truth);
            Str("evidence", model::EnumName(x.evidence, model::kEvidenceLevelNames));
            Str("author", x.author);
            Bool("hidden", x.hidden);
            Str("color", x.color == 0 ? std::string() : FormatHexColor(x.color));
        });
        Array("participants", s.participants, [&](const model::Participant& x) {
            Str("id", x.id);
            Text("name", x.name);
            Str("color", FormatHexColor(x.color));
            Str("icon", model::EnumName(x.icon, model::kTokenIconNames));
        });
        Array("emotion_votes", s.emotion_votes, [&](const model::EmotionVote& x) {
            Str("participant", x.participant);
            Str("stage", x.stage);
            m_json.Key("value");
            m_json.Int(x.value);
            Str("curve", model::EnumName(x.curve, model::kCurveNames));
        });
        Array("dots", s.dots, [&](const model::Dot& x) {
            Str("id", x.id);
            Str("participant", x.participant);
            Str("note", x.note);
            Str("type", model::EnumName(x.type, model::kDotTypeNames));
        });
        Array("actions", s.actions, [&](const model::ActionItem& x) {
            Str("id", x.id);
            Str("note", x.note);
            Text("problem", x.problem);
            Text("solution", x.solution);
            Text("owner", x.owner);
            Str("due", x.due);
            Str("priority", model::EnumName(x.priority, model::kPriorityNames));
            Str("status", model::EnumName(x.status, model::kActionStatusNames));
        });
        Array("groups", s.groups, [&](const model::NoteGroup& x) {
            Str("id", x.id);
            Text("name", x.name);
            m_json.Key("notes");
            m_json.BeginArray();
            for (const model::Id& note : x.notes)
                m_json.String(note);
            m_json.EndArray();
        });
        Array("matrix", s.matrix, [&](const model::MatrixItem& x) {
            Str("item", x.item);
            m_json.Key("impact");
            m_json.Double(x.impact);
            m_json.Key("effort");
            m_json.Double(x.effort);
        });
        WriteWorkshop(s.workshop);
        m_json.EndObject();
    }

private:
    void Str(std::string_view key, std::string_view value) {
        m_json.Key(key);
        m_json.String(value);
    }
    void Text(std::string_view key, const std::string& value) {
        m_json.Key(key);
        m_json.String(CleanText(value, m_storage), /*valid_utf8=*/true);
    }
    void Bool(std::string_view key, bool value) {
        m_json.Key(key);
        m_json.Bool(value);
    }
    template <typename T, typename Fn>
    void Array(std::string_view key, const std::vector<T>& items, Fn&& write_members) {
        m_json.Key(key);
        m_json.BeginArray();
        for (const T& item : items) {
            m_json.BeginObject();
            write_members(item);
            m_json.EndObject();
        }
        m_json.EndArray();
    }
    void WritePersona(const model::Persona& p) {
        m_json.Key("persona");
        m_json.BeginObject();
        Text("name", p.name);
        Text("description", p.description);
        Text("goals", p.goals);
        Text("needs", p.needs);
        Text("photo", p.photo);
        m_json.EndObject();
    }
    void WriteWorkshop(const model::WorkshopState& w) {
        m_json.Key("workshop");
        m_json.BeginObject();
        Str("phase", model::EnumName(w.phase, model::kPhaseNames));
        Bool("board_locked", w.board_locked);
        Bool("notes_revealed", w.notes_revealed);
        Bool("emotions_revealed", w.emotions_revealed);
        Bool("to_be_revealed", w.to_be_revealed);
        Bool("dots_revealed", w.dots_revealed);
        Str("emotion_curve", model::EnumName(w.emotion_curve, model::kCurveNames));
        m_json.Key("dots_per_participant");
        m_json.Int(w.dots_per_participant);
        Str("dot_type", model::EnumName(w.dot_type, model::kDotTypeNames));
        m_json.Key("dot_lanes");
        m_json.BeginArray();
        for (const model::Id& lane : w.dot_lanes)
            m_json.String(lane);
        m_json.EndArray();
        m_json.Key("phase_minutes");
        m_json.Int(w.phase_minutes);
        Bool("structure_open", w.structure_open);
        m_json.EndObject();
    }

    Emitter m_json;
    std::string m_storage; ///< scratch for cleaned text
};

} // namespace

std::string SessionToJson(const model::Session& session) {
    std::string out;
    // About 400 bytes per note; one allocation for typical sessions.
    out.reserve(4096 + 420 * session.notes.size() + 160 * (session.dots.size() + session.emotion_votes.size()));
    SessionWriter(out).Write(session);
    out += '\n';
    return out;
}

} // namespace jb::store
