#include "ScriptSwitch.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace duizhao {

namespace {

// Item data of the right box beyond the script view names.
const QString kAutomatic = QStringLiteral("auto");
const QString kOnePane = QStringLiteral("none");

void addViews(QComboBox *box)
{
    box->addItem(ScriptSwitch::tr("As written"), scriptViewName(ScriptView::Original));
    box->addItem(ScriptSwitch::tr("Simplified"), scriptViewName(ScriptView::Simplified));
    box->addItem(ScriptSwitch::tr("Traditional"), scriptViewName(ScriptView::Traditional));
    box->addItem(ScriptSwitch::tr("Taiwan"), scriptViewName(ScriptView::Taiwan));
    box->addItem(ScriptSwitch::tr("Hong Kong"), scriptViewName(ScriptView::HongKong));
}

} // namespace

ScriptSwitch::ScriptSwitch(QWidget *parent)
    : QWidget(parent)
{
    m_leftLabel = new QLabel(tr("Left:"), this);
    m_left = new QComboBox(this);
    m_left->setObjectName(QStringLiteral("leftScriptBox"));
    m_left->setToolTip(tr("The script of the Chinese text in the left pane"));
    addViews(m_left);
    m_leftLabel->setBuddy(m_left);

    m_rightLabel = new QLabel(tr("Right:"), this);
    m_right = new QComboBox(this);
    m_right->setObjectName(QStringLiteral("rightScriptBox"));
    m_right->setToolTip(tr("The script of the Chinese text in the right pane (OpenCC); "
                           "characters the conversion had to choose for are tinted"));
    m_right->addItem(tr("Automatic"), kAutomatic);
    addViews(m_right);
    m_right->addItem(tr("One pane"), kOnePane);
    m_rightLabel->setBuddy(m_right);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_leftLabel);
    layout->addWidget(m_left);
    layout->addSpacing(8);
    layout->addWidget(m_rightLabel);
    layout->addWidget(m_right);

    connect(m_left, &QComboBox::activated, this, &ScriptSwitch::changed);
    connect(m_right, &QComboBox::activated, this, &ScriptSwitch::changed);
}

void ScriptSwitch::configure(bool leftChinese, bool rightChinese, bool rightPaneOptional,
                             const QString &rightLabel)
{
    m_leftLabel->setVisible(leftChinese);
    m_left->setVisible(leftChinese);
    m_rightLabel->setVisible(rightChinese);
    m_right->setVisible(rightChinese);
    m_rightLabel->setText(rightLabel);
    // "One pane" is disabled, not removed, so the indexes stay put.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_right->model()))
        model->item(m_right->count() - 1)->setEnabled(rightPaneOptional);
    setVisible(leftChinese || rightChinese);
}

ScriptView ScriptSwitch::leftScript() const
{
    return scriptViewFromName(m_left->currentData().toString()).value_or(ScriptView::Original);
}

void ScriptSwitch::setLeftScript(ScriptView view)
{
    const QSignalBlocker blocker(m_left);
    m_left->setCurrentIndex(m_left->findData(scriptViewName(view)));
}

std::optional<ScriptView> ScriptSwitch::rightScript() const
{
    return scriptViewFromName(m_right->currentData().toString());
}

bool ScriptSwitch::isRightPaneShown() const
{
    return m_right->currentData().toString() != kOnePane;
}

int ScriptSwitch::rightIndexFor(std::optional<ScriptView> view, bool shown) const
{
    if (!shown)
        return m_right->findData(kOnePane);
    return m_right->findData(view ? scriptViewName(*view) : kAutomatic);
}

void ScriptSwitch::setRightScript(std::optional<ScriptView> view)
{
    const QSignalBlocker blocker(m_right);
    m_right->setCurrentIndex(rightIndexFor(view, true));
}

void ScriptSwitch::setRightPaneShown(bool shown)
{
    const QSignalBlocker blocker(m_right);
    m_right->setCurrentIndex(rightIndexFor(rightScript(), shown));
}

} // namespace duizhao
