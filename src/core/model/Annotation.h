#pragma once

#include "Anchor.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace duizhao {

// The analyst's work: a highlighted span of one block, with colour, tags, a note, and
// for claims a claim type and a verdict. An annotation whose anchor can no longer be
// found is kept, marked orphaned, with its quote and note; it is never deleted by the
// program.
struct Annotation {
    qint64 id = 0;
    qint64 essayId = 0;
    Anchor anchor;
    int counterpartBlock = -1; // the other language's block of the pair; -1 for none
    QString counterpartQuote;  // what the user selected there, if anything
    QString color = QStringLiteral("#ffd54f");
    QString note; // Markdown
    QStringList tags;
    QString claimType; // empty: not a claim
    QString verdict;   // for claims: one of verdicts()
    bool orphaned = false;
    QDateTime created;
    QDateTime modified;

    bool isClaim() const { return !claimType.isEmpty(); }

    // The claim types offered by default; users may add their own.
    static QStringList defaultClaimTypes()
    {
        return {QStringLiteral("factual"), QStringLiteral("statistic"),
                QStringLiteral("prediction"), QStringLiteral("opinion"), QStringLiteral("quote")};
    }
    static QStringList verdicts()
    {
        return {QStringLiteral("unverified"), QStringLiteral("supported"),
                QStringLiteral("disputed"), QStringLiteral("false")};
    }

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace duizhao
