// Building ordered_json trees from a JsonCursor (see json_tree.h).
#include "store/json_tree.h"

#include "store/text_rules.h"


namespace jb::store {

namespace {

class TreeReader {
public:
    TreeReader(JsonCursor& cursor, const JsonTreeLimits& limits) : m_cursor(cursor), m_limits(limits) {}

    Json Read() {
        if (++m_values > m_limits.max_values)
            m_cursor.Fail("the document holds more than " + std::to_string(m_limits.max_values) + " values");
        switch (m_cursor.Peek()) {
        case JsonType::Object: return ReadObject();
        case JsonType::Array: return ReadArray();
        case JsonType::String: return Json(std::string(m_cursor.ReadString()));
        case JsonType::Boolean: return Json(m_cursor.ReadBool());
        case JsonType::Null: m_cursor.ReadNull(); return Json(nullptr);
        case JsonType::Number: return ReadNumber();
        }
        return Json();
    }

private:
    Json ReadObject() {
        Json object = Json::object();
        auto& members = object.get_ref<Json::object_t&>();
        m_cursor.BeginObject();
        std::string_view key;
        while (m_cursor.NextMember(key)) {
            if (members.size() >= m_limits.max_object_keys)
                m_cursor.Fail("more than " + std::to_string(m_limits.max_object_keys) + " keys in one object");
            for (const auto& member : members)
                if (member.first == key)
                    m_cursor.Fail("key " + QuoteForMessage(key) + " appears twice in the same object");
            std::string name(key); // `key` dies with the next cursor call
            Json value = Read();
            members.emplace_back(std::move(name), std::move(value));
        }
        return object;
    }

    Json ReadArray() {
        Json array = Json::array();
        auto& items = array.get_ref<Json::array_t&>();
        m_cursor.BeginArray();
        while (m_cursor.NextItem()) {
            if (items.size() >= m_limits.max_array_items)
                m_cursor.Fail("more than " + std::to_string(m_limits.max_array_items) + " items in one array");
            items.push_back(Read());
        }
        return array;
    }

    Json ReadNumber() {
        const JsonNumber number = m_cursor.ReadNumber();
        switch (number.kind) {
        case JsonNumber::Kind::Signed: return Json(number.signed_value);
        case JsonNumber::Kind::Unsigned: return Json(number.unsigned_value);
        case JsonNumber::Kind::Double: return Json(number.double_value);
        }
        return Json();
    }

    JsonCursor& m_cursor;
    const JsonTreeLimits& m_limits;
    std::size_t m_values = 0;
};

} // namespace

Json ReadJsonTree(JsonCursor& cursor, const JsonTreeLimits& limits) { return TreeReader(cursor, limits).Read(); }

std::string_view JsonTypeName(const Json& value) {
    switch (value.type()) {
    case Json::value_t::object: return JsonTypeName(JsonType::Object);
    case Json::value_t::array: return JsonTypeName(JsonType::Array);
    case Json::value_t::string: return JsonTypeName(JsonType::String);
    case Json::value_t::boolean: return JsonTypeName(JsonType::Boolean);
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return JsonTypeName(JsonType::Number);
    case Json::value_t::null: return JsonTypeName(JsonType::Null);
    default: return "an unsupported value";
    }
}

} // namespace jb::store
