#include "FoldedFind.h"

#include <QTest>

using namespace duizhao;
using namespace Qt::StringLiterals;

// Find in an essay folds like search does and points at the original text.
class TestFoldedFind : public QObject
{
    Q_OBJECT

private slots:
    void spans_data();
    void spans();
    void exactScript();
};

void TestFoldedFind::spans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<TextSpan>>("expected");

    QTest::newRow("traditional text, simplified needle")
        << u"\u7f8e\u570b\u7684\u6676\u7247"_s << u"\u7f8e\u56fd"_s << QList<TextSpan>{{0, 2}};
    QTest::newRow("Taiwan vocabulary")
        << u"\u7f8e\u570b\u7684\u6676\u7247"_s << u"\u82af\u7247"_s << QList<TextSpan>{{3, 5}};
    QTest::newRow("case and width")
        << u"\uFF21\uFF29 and ai"_s << u"Ai"_s << QList<TextSpan>{{0, 2}, {7, 9}};
    QTest::newRow("no overlap") << u"aaaa"_s << u"aa"_s << QList<TextSpan>{{0, 2}, {2, 4}};
    QTest::newRow("absent") << u"chips"_s << u"fab"_s << QList<TextSpan>{};
    QTest::newRow("needle folds to nothing") << u"a\u200bb"_s << u"\u200b"_s << QList<TextSpan>{};
    QTest::newRow("zero-width inside the text")
        << u"Sili\u200bcon"_s << u"silicon"_s << QList<TextSpan>{{0, 8}};
}

void TestFoldedFind::spans()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QList<TextSpan>, expected);
    QCOMPARE(FoldedFind(needle).spansIn(text), expected);
}

void TestFoldedFind::exactScript()
{
    const FoldedFind exact(u"\u7f8e\u56fd", SearchFolder::Options{false, false});
    QVERIFY(exact.spansIn(u"\u7f8e\u570b"_s).isEmpty());
    QCOMPARE(exact.spansIn(u"\u7f8e\u56fd"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestFoldedFind)
#include "tst_foldedfind.moc"
