#pragma once

#include <QDate>
#include <QStringView>

namespace duizhao {

// Finds the calendar date a scraped line states, in the forms sites print:
//
//   2025年1月13日 / 2025 年 01 月 13 日      2025-01-13, 2025-01-13 09:34:12, 2025-01-13T09:34
//   2025/1/13, 2025.01.13                    20250113 (a line holding only the number)
//   December 10, 2018 / Posted on Dec 10, 2018 at 7:05 AM / 10 Dec 2018
//   a time glued in front: 12:332024/10/03 → 2024-10-03
//   month only: 2021年2月, February 2021 (a date line, but no day to store)
//
// Every candidate is checked with QDate: 2023-02-30 is no date. Relative dates
// ("3小时前", "2 days ago") are not dates.
class DateRecognizer
{
public:
    struct Match {
        QDate date; // invalid for a month-only date
        int year = 0;
        int month = 0;
        qsizetype start = -1; // UTF-16 offsets of the date in the line
        qsizetype end = -1;

        bool found() const { return start >= 0; }
    };

    static Match find(QStringView line);

    // A line that is there to give the date: the date leads it (after an optional
    // "发布时间:" / "更新時間:" / "Posted on" label), and what follows is a short
    // credit or counter, not a sentence: "2020-10-22 11:28 某网 - 张三",
    // "更新时间:2020-01-23 09:34:12 来源:某网 浏览51", "February 2021".
    static bool isDateLine(QStringView visible);
};

} // namespace duizhao
