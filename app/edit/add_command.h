// The one shape of a command that adds an entity (a note, stage, lane, participant,
// action item, dot): a fresh id kept across redo, the board's size limit, exact revert.
#pragma once

#include "cascade.h"
#include "command.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jb::edit {

class AddCommand : public Command {
public:
    /// The new entity's id after a successful Apply (the same on every redo).
    [[nodiscard]] model::Id CreatedId() const override { return m_id.Get(); }

protected:
    /// Gives `item` the command's id and inserts it at `at` in `list`, unless the list
    /// already holds `limit` items (refused with `limit_key` and the limit: the board is
    /// as large as a session file may be) or the board has used up its ids
    /// (model::kSerialLimit, refused with "msg.limit_ids"). The session is unchanged then.
    template <class T>
    bool Insert(model::Session& s, std::vector<T>& list, std::size_t at, T item, std::string_view prefix,
                std::size_t limit, std::string limit_key) {
        if (list.size() >= limit)
            return Refuse(std::move(limit_key), std::to_string(limit));
        item.id = m_id.Allocate(s, prefix);
        if (item.id.empty())
            return Refuse("msg.limit_ids");
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), std::move(item));
        return true;
    }
    /// Inserts at the end of `list` (see above).
    template <class T>
    bool Append(model::Session& s, std::vector<T>& list, T item, std::string_view prefix, std::size_t limit,
                std::string limit_key) {
        return Insert(s, list, list.size(), std::move(item), prefix, limit, std::move(limit_key));
    }
    /// Reverts Insert exactly: the item leaves `list` and the id counter is as it was.
    template <class T>
    void Erase(model::Session& s, std::vector<T>& list) const {
        const std::size_t i = detail::IndexOf(list, m_id.Get());
        if (i < list.size())
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
        m_id.Release(s);
    }

private:
    detail::IdSlot m_id;
};

} // namespace jb::edit
