#include "EssayParser.h"
#include "Library.h"
#include "TranslationAttacher.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace duizhao;

// A one-language essay joined with its translation from another file: aligned by
// length, stored, and joined again when the essay's own file is re-imported.
class TestTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_hash = 0;

    static QString chinese(const QString &extra = {})
    {
        return QStringLiteral("\u6676\u7247\u8207\u6b0a\u529b\n\n"
                              "\u653f\u5e9c\u5ba3\u5e03\u88dc\u8cbc\u6642,"
                              "\u6a19\u984c\u7e3d\u662f\u6700\u5927\u7684\u6578\u5b57\u3002\n"
                              "\u4e00\u5ea7\u6676\u5713\u5ee0\u4ef0\u8cf4\u5c11\u6578\u5e7e\u5bb6"
                              "\u516c\u53f8\u7684\u8a2d\u5099,"
                              "\u4e5f\u4ef0\u8cf4\u4f86\u81ea\u5176\u4ed6\u570b\u5bb6\u7684\u6c23"
                              "\u9ad4\u8207\u8edf\u9ad4,"
                              "\u800c\u9019\u4e9b\u4f9d\u8cf4\u4e0d\u6703\u56e0\u70ba\u88dc\u8cbc"
                              "\u800c\u6d88\u5931\u3002\n"
                              "\u4eba\u624d\u6bd4\u5ee0\u623f\u66f4\u91cd\u8981\u3002\n") +
               extra;
    }
    static QString english()
    {
        return QStringLiteral(
            "Chips and power\n\n"
            "When governments announce subsidies, the headline is always the biggest number.\n"
            "A fab depends on tools from a handful of firms, and on gases and software from "
            "other countries, and none of those dependencies goes away with a subsidy.\n"
            "Talent matters more than buildings.\n");
    }

    qint64 store(Library &library, const QString &text)
    {
        ParsedEssay parsed = EssayParser().parseText(text);
        return library.writer()
            .store(QStringLiteral("/zh.txt"), QString::number(++m_hash), 1, parsed)
            .essayId;
    }

private slots:
    void attachAligns()
    {
        const ParsedEssay zh = EssayParser().parseText(chinese());
        const ParsedEssay en = EssayParser().parseText(english());
        const ParsedEssay joined = TranslationAttacher::attach(zh, en);
        const int n = int(zh.blocks.size());
        QCOMPARE(joined.blocks.size(), zh.blocks.size() + en.blocks.size());
        QCOMPARE(joined.blocks[n].index, n);
        QCOMPARE(joined.blocks[n].text, en.blocks[0].text);
        QVERIFY(joined.languages.contains(Language::English));
        QVERIFY(joined.languages.contains(Language::ChineseTraditional));
        // Title with title, and each paragraph with its translation.
        QCOMPARE(joined.pairs.size(), 4);
        for (qsizetype i = 0; i < joined.pairs.size(); ++i) {
            QCOMPARE(joined.pairs[i].english, QList<int>{n + int(i)});
            QCOMPARE(joined.pairs[i].chinese, QList<int>{int(i)});
        }
        // The other way round gives the same rows.
        const ParsedEssay reversed = TranslationAttacher::attach(en, zh);
        QCOMPARE(reversed.pairs.size(), 4);
        QCOMPARE(reversed.pairs[1].english, QList<int>{1});
        QCOMPARE(reversed.pairs[1].chinese, QList<int>{int(en.blocks.size()) + 1});
    }

    void attachRefusesWhatDoesNotFit()
    {
        const ParsedEssay zh = EssayParser().parseText(chinese());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TranslationAttacher::attach(zh, zh));
        const ParsedEssay bilingual =
            TranslationAttacher::attach(zh, EssayParser().parseText(english()));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            TranslationAttacher::attach(bilingual, EssayParser().parseText(english())));
    }

    void storedAndJoinedOnReimport()
    {
        Library library(m_dir.filePath(QStringLiteral("t.sqlite")));
        const qint64 id = store(library, chinese());
        const int own = library.essays().find(id)->blockCount;
        library.corrections().attachTranslation(id, QStringLiteral("/en.txt"),
                                                QStringLiteral("abc"), english());
        Essay joined = *library.essays().find(id);
        QCOMPARE(joined.pairCount, 4);
        QCOMPARE(joined.languages.first(), Language::English);
        QCOMPARE(library.corrections().translationFile(id),
                 std::optional<QString>(QStringLiteral("/en.txt")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.corrections().attachTranslation(
                                                            id, QStringLiteral("/en.txt"),
                                                            QStringLiteral("abc"), english()));

        // The essay's own file changes: the translation is joined again after its blocks.
        store(library, chinese(QStringLiteral("\u7d50\u8a9e\u3002\n")));
        joined = *library.essays().find(id);
        QCOMPARE(joined.blockCount,
                 own + 1 + int(EssayParser().parseText(english()).blocks.size()));
        QCOMPARE(joined.pairCount, 4);
        QVERIFY(joined.languages.contains(Language::English));
        QCOMPARE(joined.blocks[own + 1].text, QStringLiteral("Chips and power"));

        // Re-classifying a block re-aligns by length, not by interleaving.
        library.corrections().setBlockKind(id, own + 1, BlockKind::Heading);
        QCOMPARE(library.essays().find(id)->pairCount, 4);

        library.corrections().detachTranslation(id);
        const Essay alone = *library.essays().find(id);
        QCOMPARE(alone.blockCount, own + 1);
        QCOMPARE(alone.pairCount, 0);
        QCOMPARE(alone.languages, QList<Language>{Language::ChineseTraditional});
        QVERIFY(!library.corrections().translationFile(id));
    }
};

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
