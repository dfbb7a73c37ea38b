#include "Dictionary.h"
#include "Pinyin.h"
#include "WordSegmenter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;
using namespace Qt::StringLiterals;

// CC-CEDICT through the built index: lookup in either script, regional counterparts
// through search's folding, tone marks, and longest-match segmentation. Golden rows.
// Without the data (the build could not fetch it) every test here fails: CI can reach
// npm, so missing data there is a broken build, not a reason to skip.
class TestDictionary : public QObject
{
    Q_OBJECT

    static const Dictionary &dictionary()
    {
        const Dictionary &d = Dictionary::instance();
        if (!d.isLoaded())
            qFatal("CC-CEDICT is missing: %s", qPrintable(d.error()));
        return d;
    }

    static QStringList readings(const QList<DictionaryEntry> &entries)
    {
        QStringList result;
        for (const DictionaryEntry &entry : entries)
            result << entry.pinyin();
        return result;
    }

private slots:
    void loads()
    {
        QElapsedTimer timer;
        timer.start();
        const Dictionary own(Dictionary::defaultPath());
        QVERIFY2(own.isLoaded(), qPrintable(own.error()));
        QCOMPARE(own.entryCount(), 124263);
        QCOMPARE(own.dataVersion(), QStringLiteral("cc-cedict 1.1.1, 2026-01-04"));
        qInfo("opened in %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(Dictionary::attribution().contains(u"CC BY-SA 4.0"));
    }

    void missingData()
    {
        const Dictionary missing(QStringLiteral("/nonexistent/cedict.dzd"));
        QVERIFY(!missing.isLoaded());
        QVERIFY(missing.error().contains(u"missing"));
        QVERIFY(missing.lookup(u"芯片").isEmpty());
        QCOMPARE(missing.longestMatch(u"芯片", 0), 0);
    }

    void damagedData()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bad.dzd")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("DZCEDICT") + QByteArray(200, '\xff'));
        file.close();
        const Dictionary bad(file.fileName());
        QVERIFY(!bad.isLoaded());
        QVERIFY(!bad.error().isEmpty());
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("simplified");
        QTest::addColumn<QString>("traditional");
        QTest::addColumn<QStringList>("pinyin");
        QTest::addColumn<QString>("definition");
        QTest::newRow("集成电路") << u"集成电路"_s << u"集成电路"_s << u"集成電路"_s
                                  << QStringList{u"jí chéng diàn lù"_s} << u"integrated circuit"_s;
        QTest::newRow("積體電路") << u"積體電路"_s << u"积体电路"_s << u"積體電路"_s
                                  << QStringList{u"jī tǐ diàn lù"_s}
                                  << u"(Tw) integrated circuit"_s;
        QTest::newRow("积体电路 (simplified form of a Taiwan term)")
            << u"积体电路"_s << u"积体电路"_s << u"積體電路"_s << QStringList{u"jī tǐ diàn lù"_s}
            << u"(Tw) integrated circuit"_s;
        QTest::newRow("人工智能") << u"人工智能"_s << u"人工智能"_s << u"人工智能"_s
                                  << QStringList{u"rén gōng zhì néng"_s}
                                  << u"artificial intelligence (AI)"_s;
        QTest::newRow("晶片") << u"晶片"_s << u"晶片"_s << u"晶片"_s << QStringList{u"jīng piàn"_s}
                              << u"(Tw) (computing) chip"_s;
        QTest::newRow("芯片") << u"芯片"_s << u"芯片"_s << u"芯片"_s << QStringList{u"xīn piàn"_s}
                              << u"computer chip; microchip"_s;
        QTest::newRow("长") << u"长"_s << u"长"_s << u"長"_s << QStringList{u"cháng"_s, u"zhǎng"_s}
                            << u"long"_s;
        QTest::newRow("長") << u"長"_s << u"长"_s << u"長"_s << QStringList{u"cháng"_s, u"zhǎng"_s}
                            << u"long"_s;
        QTest::newRow("女儿") << u"女儿"_s << u"女儿"_s << u"女兒"_s << QStringList{u"nǚ ér"_s}
                              << u"daughter"_s;
        QTest::newRow("美國") << u"美國"_s << u"美国"_s << u"美國"_s << QStringList{u"Měi guó"_s}
                              << u"United States; USA; US"_s;
    }
    void lookup()
    {
        QFETCH(QString, word);
        QFETCH(QString, simplified);
        QFETCH(QString, traditional);
        QFETCH(QStringList, pinyin);
        QFETCH(QString, definition);
        const QList<DictionaryEntry> entries = dictionary().lookup(word);
        QCOMPARE(readings(entries), pinyin);
        QCOMPARE(entries.front().simplified, simplified);
        QCOMPARE(entries.front().traditional, traditional);
        QCOMPARE(entries.front().definitions.front(), definition);
    }

    void notFound()
    {
        QVERIFY(dictionary().lookup(u"qwerty").isEmpty());
        QVERIFY(dictionary().lookup(u"").isEmpty());
        QVERIFY(dictionary().lookup(u"芯片芯片芯片").isEmpty());
    }

    // 晶片 and 芯片 each show their own entry and note the other.
    void counterparts_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("other");
        QTest::newRow("晶片 → 芯片") << u"晶片"_s << u"芯片"_s;
        QTest::newRow("芯片 → 晶片") << u"芯片"_s << u"晶片"_s;
        QTest::newRow("積體電路 → 集成电路") << u"積體電路"_s << u"集成电路"_s;
        QTest::newRow("人工智慧 → 人工智能") << u"人工智慧"_s << u"人工智能"_s;
    }
    void counterparts()
    {
        QFETCH(QString, word);
        QFETCH(QString, other);
        const QList<DictionaryMatch::Word> found = dictionary().counterparts(word);
        QStringList texts;
        for (const DictionaryMatch::Word &w : found)
            texts << w.text;
        QVERIFY2(texts.contains(other), qPrintable(texts.join(u',')));
        QVERIFY(!texts.contains(word));
    }
    void noCounterpartForScriptAlone()
    {
        QVERIFY(dictionary().counterparts(u"美國").isEmpty());
        QVERIFY(dictionary().counterparts(u"美国").isEmpty());
    }

    // The popup's match: the longest word and the shorter ones it passed through.
    void matchAt()
    {
        const QString text = u"他是美国人。"_s;
        const DictionaryMatch match = dictionary().matchAt(text, 2);
        QCOMPARE(match.start, 2);
        QCOMPARE(text.mid(match.start, match.length), u"美国人"_s);
        QCOMPARE(match.entries.front().pinyin(), u"Měi guó rén"_s);
        QCOMPARE(match.shorter.size(), 2);
        QCOMPARE(match.shorter[0].text, u"美国"_s);
        QCOMPARE(match.shorter[1].text, u"美"_s);
        QCOMPARE(dictionary().matchAt(text, 5).length, 0); // 。
        QCOMPARE(dictionary().prefixLengths(text, 2), (QList<qsizetype>{1, 2, 3}));
    }

    void toneMarks_data()
    {
        QTest::addColumn<QString>("numbered");
        QTest::addColumn<QString>("marked");
        QTest::newRow("tones 1-4") << u"ma1 ma2 ma3 ma4"_s << u"mā má mǎ mà"_s;
        QTest::newRow("neutral tone 5") << u"ma5 de5"_s << u"ma de"_s;
        QTest::newRow("a before i") << u"hao3 lai2"_s << u"hǎo lái"_s;
        QTest::newRow("e") << u"mei3 xue2"_s << u"měi xué"_s;
        QTest::newRow("ou on o") << u"gou3 dou1"_s << u"gǒu dōu"_s;
        QTest::newRow("last vowel") << u"gui4 liu2 shui3"_s << u"guì liú shuǐ"_s;
        QTest::newRow("u: is ü") << u"nu:3 er2"_s << u"nǚ ér"_s;
        QTest::newRow("v is ü") << u"lv4 nv3"_s << u"lǜ nǚ"_s;
        QTest::newRow("ü without tone mark") << u"lu:5"_s << u"lü"_s;
        QTest::newRow("capital kept") << u"Mei3 guo2"_s << u"Měi guó"_s;
        QTest::newRow("capital vowel") << u"A1 er3 ji2 li4 ya4"_s << u"Ā ěr jí lì yà"_s;
        QTest::newRow("erhua") << u"wan2 r5"_s << u"wán r"_s;
        QTest::newRow("m and n") << u"m2 n3 ng4"_s << u"ḿ ň ǹg"_s;
        QTest::newRow("letters and dots") << u"san1 C · A"_s << u"sān C · A"_s;
    }
    void toneMarks()
    {
        QFETCH(QString, numbered);
        QFETCH(QString, marked);
        QCOMPARE(Pinyin::toneMarks(numbered), marked);
    }

    void syllables()
    {
        const QList<Pinyin::Syllable> s = Pinyin::syllables(u"Mei3 guo2 ren5 C");
        QCOMPARE(s.size(), 4);
        QCOMPARE(s[0].tone, 3);
        QCOMPARE(s[1].tone, 2);
        QCOMPARE(s[2].tone, 5);
        QCOMPARE(s[3].tone, 0);
        QCOMPARE(Pinyin::numbered(u"nǚ"), u"nu:3"_s);
        QCOMPARE(Pinyin::numbered(u"ma"), u"ma5"_s);
        QCOMPARE(Pinyin::numbered(u"Měi"), u"Mei3"_s);
    }

    void icuReading()
    {
        QCOMPARE(Pinyin::fromHan(u"中"), u"zhōng"_s);
        QCOMPARE(Pinyin::fromHan(u"中国"), u"zhōng guó"_s);
    }

    void segment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("pinyin");
        QTest::newRow("simplified")
            << u"美国限制芯片出口"_s << QStringList{u"美国"_s, u"限制"_s, u"芯片"_s, u"出口"_s}
            << QStringList{u"Měi guó"_s, u"xiàn zhì"_s, u"xīn piàn"_s, u"chū kǒu"_s};
        QTest::newRow("traditional, Taiwan terms")
            << u"美國的積體電路和晶片"_s
            << QStringList{u"美國"_s, u"的"_s, u"積體電路"_s, u"和"_s, u"晶片"_s}
            << QStringList{u"Měi guó"_s, u"de"_s, u"jī tǐ diàn lù"_s, u"hé"_s, u"jīng piàn"_s};
        QTest::newRow("集成电路 人工智能")
            << u"集成电路与人工智能"_s << QStringList{u"集成电路"_s, u"与"_s, u"人工智能"_s}
            << QStringList{u"jí chéng diàn lù"_s, u"yǔ"_s, u"rén gōng zhì néng"_s};
        QTest::newRow("女儿, common reading of 说")
            << u"女儿说"_s << QStringList{u"女儿"_s, u"说"_s} << QStringList{u"nǚ ér"_s, u"shuō"_s};
        QTest::newRow("mixed with English, punctuation skipped")
            << u"AI芯片, the chip。"_s << QStringList{u"AI"_s, u"芯片"_s, u"the"_s, u"chip"_s}
            << QStringList{QString(), u"xīn piàn"_s, QString(), QString()};
    }
    void segment()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QFETCH(QStringList, pinyin);
        QStringList gotWords;
        QStringList gotPinyin;
        for (const WordSegmenter::Word &word : WordSegmenter::segment(text, dictionary())) {
            gotWords << text.mid(word.start, word.end - word.start);
            gotPinyin << word.pinyin;
        }
        QCOMPARE(gotWords, words);
        QCOMPARE(gotPinyin, pinyin);
    }

    // A character CC-CEDICT lacks is a word of its own, read by ICU.
    void unknownCharacter()
    {
        const Dictionary none(QStringLiteral("/nonexistent/cedict.dzd"));
        const QList<WordSegmenter::Word> words = WordSegmenter::segment(u"中国", none);
        QCOMPARE(words.size(), 2);
        QVERIFY(!words[0].inDictionary);
        QCOMPARE(words[0].pinyin, u"zhōng"_s);
        QCOMPARE(words[0].pinyinNumbered, u"zhong1"_s);
        const QString astral = u"𠀋中"_s; // a surrogate pair stays whole
        const QList<WordSegmenter::Word> cut = WordSegmenter::boundaries(astral, dictionary());
        QCOMPARE(cut.front().end, 2);
    }
};

QTEST_GUILESS_MAIN(TestDictionary)
#include "tst_dictionary.moc"
