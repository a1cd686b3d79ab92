// The words a research spreadsheet uses, in 简体中文, 繁體中文 and English:
// column headers (阶段 / 階段 / stage ...), and the values of a note's
// channel, evidence level and moment-of-truth flag, matched case-insensitively.
#pragma once

#include "model/enums.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::import {

/// What a column of a sheet holds. The app's own notes.csv adds ids and
/// names side by side (stage = its id, stage_name = its name).
enum class Field {
    Id, Stage, StageName, Lane, LaneName, Text, Channel, MomentOfTruth, Evidence, Author, AuthorName, Dots, Group,
    GroupName,
};
inline constexpr std::size_t kFieldCount = 14;
/// The header names of the app's notes.csv, in Field order.
inline constexpr std::array<std::string_view, kFieldCount> kNotesCsvHeader = {
    "id", "stage", "stage_name", "lane", "lane_name", "text", "channel", "moment_of_truth", "evidence", "author",
    "author_name", "dots", "group", "group_name"};

/// A header word's field and the language it is written in ("en", "zh-CN",
/// "zh-TW", or "" when both Chinese scripts write it the same way).
struct HeaderWord {
    Field field;
    std::string_view language;
    bool id = false;        ///< "阶段 ID", "Stage ID": the column of the stage's id, not its name
};

/// `text` as words are compared: surrounding spaces (also the ideographic
/// space) trimmed, ASCII lower case, runs of spaces, '_' and '-' as one space,
/// a trailing ':' / '：' or '*' dropped.
[[nodiscard]] std::string Normalized(std::string_view text);

/// The forms a stage or lane name is matched by, each Normalized: the whole
/// name, and for a compound name ("触点/渠道", "Touchpoints & channels",
/// "想法与疑问") each part, English parts also in the singular ("pain point"),
/// Chinese ones also without a closing 点/點 ("机会点" as "机会").
[[nodiscard]] std::vector<std::string> NameVariants(std::string_view name);

/// True when a variant of `a` is a variant of `b`.
[[nodiscard]] bool SameName(const std::vector<std::string>& a, const std::vector<std::string>& b);

/// The field a plain sheet's header names, e.g. "阶段", "階段", "Stage",
/// "journey stage", "内容", "Moment of truth". A header such as "阶段 Stage"
/// or "阶段（stage）" is matched by its parts when they agree. "ID", "编号" is
/// Field::Id; a field's word followed by "ID" or "编号" ("阶段 ID", "Stage ID",
/// the labels of `journeyboard export --csv-labels`) is that field with `id` set.
[[nodiscard]] std::optional<HeaderWord> HeaderField(std::string_view header);

/// A channel by its code ("website") or a word for it ("官网", "網站", "Web").
[[nodiscard]] std::optional<model::Channel> ChannelFromWord(std::string_view word);
/// An evidence level by its code or a word ("观察所得", "顧客回饋", "assumption").
[[nodiscard]] std::optional<model::EvidenceLevel> EvidenceFromWord(std::string_view word);
/// The moment-of-truth flag: true/yes/y/1/x/✓/是/关键时刻 ..., false/no/n/0/否/"" ....
[[nodiscard]] std::optional<bool> FlagFromWord(std::string_view word);

} // namespace jb::import
