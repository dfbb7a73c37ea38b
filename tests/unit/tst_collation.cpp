#include "Collation.h"

#include <QTest>

#include <algorithm>

using namespace duizhao;

// Library sorting: Chinese by pinyin, English alphabetically, numbers by value.
class TestCollation : public QObject
{
    Q_OBJECT

private slots:
    void order_data()
    {
        QTest::addColumn<QStringList>("expected");
        // 安 ān, 北 běi, 中 zhōng: code point order would be 中 北 安.
        QTest::newRow("pinyin") << QStringList{QStringLiteral("\u5b89\u5168"),
                                               QStringLiteral("\u5317\u4eac"),
                                               QStringLiteral("\u4e2d\u56fd")};
        // 標 biāo (traditional) sorts with 标, before 美 měi.
        QTest::newRow("traditional by pinyin too")
            << QStringList{QStringLiteral("\u6a19\u6e96"), QStringLiteral("\u7f8e\u570b")};
        QTest::newRow("English, case-insensitive") << QStringList{
            QStringLiteral("apple"), QStringLiteral("Banana"), QStringLiteral("cherry")};
        QTest::newRow("numbers by value")
            << QStringList{QStringLiteral("chips 2"), QStringLiteral("chips 10")};
    }

    void order()
    {
        QFETCH(QStringList, expected);
        QStringList shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        std::sort(shuffled.begin(), shuffled.end(), [](const QString &a, const QString &b) {
            return Collation::sortKey(a) < Collation::sortKey(b);
        });
        QCOMPARE(shuffled, expected);
        for (qsizetype i = 1; i < expected.size(); ++i)
            QVERIFY(Collation::compare(expected[i - 1], expected[i]) < 0);
    }

    void equalTextEqualKeys()
    {
        QCOMPARE(Collation::sortKey(u"\u4e2d\u56fd"), Collation::sortKey(u"\u4e2d\u56fd"));
        QVERIFY(!Collation::sortKey(u"a").isEmpty());
        QVERIFY(Collation::sortKey(u"") < Collation::sortKey(u"a"));
    }
};

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_collation.moc"
