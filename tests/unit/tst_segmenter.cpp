#include "Segmenter.h"

#include <QTest>

using namespace duizhao;

// ICU's word and sentence breaks, as core exposes them.
class TestSegmenter : public QObject
{
    Q_OBJECT

    static QStringList pieces(QStringView text, const QList<Segmenter::Range> &ranges)
    {
        QStringList result;
        for (const auto &range : ranges)
            result << text.sliced(range.start, range.end - range.start).toString();
        return result;
    }

private slots:
    void chineseWords()
    {
        const QString text = QString::fromUtf16(u"美国限制芯片出口。");
        const QStringList words = pieces(text, Segmenter::words(text));
        QVERIFY(words.contains(QString::fromUtf16(u"美国")));
        QVERIFY(words.contains(QString::fromUtf16(u"出口")));
        QVERIFY(!words.contains(QString::fromUtf16(u"。"))); // punctuation is not a word
        QCOMPARE(words.join(QString()), QString::fromUtf16(u"美国限制芯片出口"));
    }

    void englishWords()
    {
        const QString text = QStringLiteral("Chips, power & rivalry.");
        QCOMPARE(pieces(text, Segmenter::words(text)),
                 (QStringList{QStringLiteral("Chips"), QStringLiteral("power"),
                              QStringLiteral("rivalry")}));
    }

    void sentences()
    {
        const QString text = QString::fromUtf16(u"第一句。第二句!Third one. Fourth");
        const QStringList parts = pieces(text, Segmenter::sentences(text));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.front(), QString::fromUtf16(u"第一句。"));
        QCOMPARE(parts.join(QString()), text); // sentences cover the text
    }

    void emptyText()
    {
        QVERIFY(Segmenter::words(QString()).isEmpty());
        QVERIFY(Segmenter::sentences(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
