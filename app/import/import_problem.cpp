// ImportProblem's message and how limits are written.
#include "import/import_problem.h"

namespace jb::import {

std::string ImportProblem::ToString() const {
    return file + ": line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
}

std::string Thousands(std::size_t value) {
    const std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace jb::import
