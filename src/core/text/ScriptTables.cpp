#include "ScriptTables.h"

namespace duizhao {

const ScriptTables &ScriptTables::instance()
{
    static const ScriptTables tables(CharacterTable::traditionalToSimplified(),
                                     CharacterTable::simplifiedToTraditional());
    return tables;
}

ScriptTables::ScriptTables(const CharacterTable &traditionalToSimplified,
                           const CharacterTable &simplifiedToTraditional)
    : m_traditionalToSimplified(traditionalToSimplified)
    , m_simplifiedToTraditional(simplifiedToTraditional)
{}

QList<char32_t> ScriptTables::traditionalCandidates(char32_t simplified) const
{
    return m_simplifiedToTraditional.candidates(simplified);
}

QList<char32_t> ScriptTables::simplifiedCandidates(char32_t traditional) const
{
    return m_traditionalToSimplified.candidates(traditional);
}

} // namespace duizhao
