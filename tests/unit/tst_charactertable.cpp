#include "CharacterTable.h"
#include "OpenccData.h"
#include "PrecomputedSearchTables.h"
#include "RegionalVocabulary.h"
#include "ScriptTables.h"
#include "SearchFolder.h"

#include <DictEntry.hpp>
#include <Lexicon.hpp>
#include <MarisaDict.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <stdexcept>

using namespace duizhao;

namespace {

// What a character dictionary says, decoded the slow, obvious way (QString per key and
// value, GetDefault() for the first choice): the reference CharacterTable must match.
struct ReferenceEntry {
    char32_t conversion = 0; // 0: converts to itself
    bool convertedOnly = false;
    QList<char32_t> candidates;
};

char32_t referenceCodePoint(const std::string &utf8)
{
    const QList<uint> codePoints = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toUcs4();
    return codePoints.size() == 1 ? char32_t(codePoints.front()) : 0;
}

std::map<char32_t, ReferenceEntry> referenceEntries(const char *fileName)
{
    const QString path = openccDataDir() + u'/' + QString::fromLatin1(fileName);
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return {};
    const opencc::MarisaDictPtr dict = opencc::MarisaDict::NewFromFile(file);
    std::fclose(file);
    std::map<char32_t, ReferenceEntry> entries;
    for (const auto &entry : *dict->GetLexicon()) {
        const char32_t key = referenceCodePoint(entry->Key());
        if (key == 0 || key >= 0x32000)
            continue;
        ReferenceEntry reference;
        reference.convertedOnly = true;
        for (const std::string &value : entry->Values()) {
            const char32_t choice = referenceCodePoint(value);
            if (choice == key)
                reference.convertedOnly = false;
            if (choice != 0)
                reference.candidates << choice;
        }
        if (reference.candidates.size() < 2)
            reference.candidates.clear();
        const char32_t first = referenceCodePoint(entry->GetDefault());
        reference.conversion = first != key ? first : 0;
        entries[key] = reference;
    }
    return entries;
}

} // namespace

// OpenCC's character dictionaries as per-code-point tables, and the split that lets a
// search read only the traditional → simplified one.
class TestCharacterTable : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheDictionary_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("TSCharacters") << QStringLiteral("TSCharacters.ocd2");
        QTest::newRow("STCharacters") << QStringLiteral("STCharacters.ocd2");
    }
    // Every entry, decoded in place, gives what a QString round trip of the same entry
    // gives; characters the dictionary does not list convert to themselves.
    void matchesTheDictionary()
    {
        QFETCH(QString, fileName);
        const QByteArray name = fileName.toLatin1();
        const std::map<char32_t, ReferenceEntry> reference = referenceEntries(name.constData());
        QVERIFY(reference.size() > 1000);
        const CharacterTable table(openccDataDir(), name.constData());
        for (char32_t c = 0; c < 0x32000; ++c) {
            const auto found = reference.find(c);
            const ReferenceEntry expected =
                found == reference.end() ? ReferenceEntry{} : found->second;
            const char32_t conversion = expected.conversion ? expected.conversion : c;
            if (table.conversion(c) != conversion ||
                table.isConvertedOnly(c) != expected.convertedOnly ||
                table.candidates(c) != expected.candidates)
                QFAIL(qPrintable(
                    QStringLiteral("U+%1 differs").arg(uint(c), 4, 16, QLatin1Char('0'))));
        }
    }

    void knownCharacters()
    {
        const CharacterTable &ts = CharacterTable::traditionalToSimplified();
        QCOMPARE(ts.conversion(U'國'), U'国');
        QCOMPARE(ts.conversion(U'国'), U'国');
        QCOMPARE(ts.conversion(U'a'), U'a');
        QCOMPARE(ts.conversion(char32_t(0x10FFFF)), char32_t(0x10FFFF));
        QVERIFY(ts.isConvertedOnly(U'國'));
        QVERIFY(!ts.isConvertedOnly(U'后'));
        QVERIFY(ts.candidates(U'國').isEmpty());
        const CharacterTable &st = CharacterTable::simplifiedToTraditional();
        QVERIFY(st.isConvertedOnly(U'国'));
        QVERIFY(!st.isConvertedOnly(U'后'));
        QVERIFY(st.candidates(U'发').contains(U'發'));
        QVERIFY(st.candidates(U'发').contains(U'髮'));
        QVERIFY(st.candidates(U'国').isEmpty());
    }

    // ScriptTables is the two shared tables, not copies of them.
    void scriptTablesAreTheSharedTables()
    {
        const ScriptTables &tables = ScriptTables::instance();
        const CharacterTable &ts = CharacterTable::traditionalToSimplified();
        const CharacterTable &st = CharacterTable::simplifiedToTraditional();
        for (char32_t c = 0x3400; c < 0xA000; ++c) {
            QCOMPARE(tables.foldToSimplified(c), ts.conversion(c));
            QCOMPARE(tables.isTraditionalOnly(c), ts.isConvertedOnly(c));
            QCOMPARE(tables.isSimplifiedOnly(c), st.isConvertedOnly(c));
        }
    }

    // The build's precomputed tables are the tables the dictionaries give, and the shared
    // instances use them while the installed files are the ones the build read.
    void precomputedTablesEqualTheDictionaries()
    {
        QVERIFY(PrecomputedSearchTables::isCurrent());
        const CharacterTable toSimplified(openccDataDir(), "TSCharacters.ocd2");
        QVERIFY(CharacterTable::fromSerialized(
                    PrecomputedSearchTables::kTraditionalToSimplified,
                    PrecomputedSearchTables::kTraditionalToSimplifiedSize) == toSimplified);
        QVERIFY(CharacterTable::traditionalToSimplified() == toSimplified);
        const RegionalVocabulary vocabulary(openccDataDir(), toSimplified);
        QVERIFY(vocabulary.size() > 100);
        QVERIFY(RegionalVocabulary::fromSerialized(std::u32string_view(
                    PrecomputedSearchTables::kRegionalVocabulary,
                    PrecomputedSearchTables::kRegionalVocabularySize)) == vocabulary);
        QVERIFY(RegionalVocabulary::instance() == vocabulary);
    }

    void serializedFormRoundTrips()
    {
        const CharacterTable &st = CharacterTable::simplifiedToTraditional();
        const std::vector<char32_t> words = st.serialized();
        QVERIFY(CharacterTable::fromSerialized(words.data(), words.size()) == st);
        const std::u32string phrases = RegionalVocabulary::instance().serialized();
        QVERIFY(RegionalVocabulary::fromSerialized(phrases) == RegionalVocabulary::instance());
        // 國 → 国: code point, conversion, converted-only, no candidates.
        const std::vector<char32_t> ts = CharacterTable::traditionalToSimplified().serialized();
        const char32_t guo[] = {U'國', U'国', 1, 0};
        const auto found = std::search(ts.begin(), ts.end(), std::begin(guo), std::end(guo));
        QVERIFY(found != ts.end());
    }

    void malformedSerializedFormsAreRejected()
    {
        const char32_t truncated[] = {U'國', U'国', 1, 3, U'国'};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 CharacterTable::fromSerialized(truncated, std::size(truncated)));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, RegionalVocabulary::fromSerialized(
                                                         std::u32string{5, U'晶', U'片'}));
    }

    // Search folding reads TSCharacters and TWPhrasesRev only: with just those two files
    // it folds script and vocabulary as the shared folder does.
    void searchFoldingNeedsNoSimplifiedTable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name :
             {QStringLiteral("TSCharacters.ocd2"), QStringLiteral("TWPhrasesRev.ocd2")})
            QVERIFY(QFile::copy(openccDataDir() + u'/' + name, dir.filePath(name)));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 CharacterTable(dir.path(), "STCharacters.ocd2"));

        const CharacterTable toSimplified(dir.path(), "TSCharacters.ocd2");
        const RegionalVocabulary vocabulary(dir.path(), toSimplified);
        QCOMPARE(vocabulary.size(), RegionalVocabulary::instance().size());
        const SearchFolder folder(toSimplified, vocabulary);
        for (const char16_t *text : {u"晶片", u"人工智慧", u"美國", u"積體電路和網際網路", u"軟體",
                                     u"ＡＩ 晶片，國家", u"芯片和人工智能"}) {
            const QString input = QString::fromUtf16(text);
            QCOMPARE(folder.foldedString(input, {}),
                     SearchFolder::instance().foldedString(input, {}));
        }
        QCOMPARE(folder.foldedString(u"晶片", {}), QStringLiteral("芯片"));
        QCOMPARE(folder.foldedString(u"人工智慧", {}), QStringLiteral("人工智能"));
        QCOMPARE(folder.foldedString(u"國", {}), QStringLiteral("国"));
    }
};

QTEST_GUILESS_MAIN(TestCharacterTable)
#include "tst_charactertable.moc"
