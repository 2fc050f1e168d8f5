#include "widgets/settings/triggerlisteditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        // A blank line is spacing, not a pattern that matches everything.
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QString itemText(const core::EmergencyTrigger &t)
{
    return t.label.isEmpty() || t.label == t.key ? t.key : QStringLiteral("%1 (%2)").arg(t.label, t.key);
}
} // namespace

TriggerListEditor::TriggerListEditor(const core::EmergencyTriggerList &list, QWidget *parent)
    : QWidget(parent), m_list(list)
{
    setObjectName(QStringLiteral("triggerListEditor"));
    m_triggers = new QListWidget(this);
    m_triggers->setObjectName(QStringLiteral("prefsTriggerList"));
    m_triggers->setAccessibleName(tr("911 triggers"));
    auto *listLabel = new QLabel(tr("T&riggers:"), this);
    listLabel->setBuddy(m_triggers);

    m_add = new QPushButton(tr("A&dd"), this);
    m_add->setObjectName(QStringLiteral("prefsTriggerAdd"));
    m_add->setAccessibleName(tr("Add a trigger"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("prefsTriggerRemove"));
    m_remove->setAccessibleName(tr("Remove the selected trigger"));
    auto *reset = new QPushButton(tr("Reset to &built-in"), this);
    reset->setObjectName(QStringLiteral("prefsTriggerReset"));
    reset->setAccessibleName(tr("Reset the triggers to the built-in list"));

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("prefsTriggerKey"));
    m_key->setAccessibleName(tr("Trigger key"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("prefsTriggerLabel"));
    m_label->setAccessibleName(tr("Trigger label"));
    m_patterns = new QPlainTextEdit(this);
    m_patterns->setObjectName(QStringLiteral("prefsTriggerPatterns"));
    m_patterns->setAccessibleName(tr("Phrases that raise the alert, one regular expression per line"));
    m_also = new QPlainTextEdit(this);
    m_also->setObjectName(QStringLiteral("prefsTriggerAlso"));
    m_also->setAccessibleName(tr("Phrases one of which must also be said, one per line"));
    m_exceptions = new QPlainTextEdit(this);
    m_exceptions->setObjectName(QStringLiteral("prefsTriggerExceptions"));
    m_exceptions->setAccessibleName(tr("Phrases that do not count, one per line"));
    m_services = new QLineEdit(this);
    m_services->setObjectName(QStringLiteral("prefsTriggerServices"));
    m_services->setAccessibleName(tr("Service codes that raise the alert, comma separated"));
    // Tab moves on from a text box instead of typing a tab character into a pattern.
    for (QPlainTextEdit *edit : {m_patterns, m_also, m_exceptions})
        edit->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("&Key:"), m_key);
    row(tr("&Label:"), m_label);
    row(tr("&Phrases:"), m_patterns);
    row(tr("Needs &also:"), m_also);
    row(tr("E&xcept:"), m_exceptions);
    row(tr("&Service codes:"), m_services);
    auto *help =
        new QLabel(tr("Phrases are case-insensitive regular expressions, one per line; \\b marks a word "
                      "edge. A phrase inside an exception, or right after \"no\" or \"not\", does not "
                      "count."),
                   this);
    help->setWordWrap(true);
    form->addRow(help);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(reset);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_triggers, 1);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(form, 3);

    connect(m_triggers, &QListWidget::currentRowChanged, this, [this](int row) {
        storeTrigger();
        showTrigger(row);
    });
    const auto edited = [this] {
        if (m_loading)
            return;
        m_changed = true;
        m_reset = false;
        storeTrigger();
    };
    for (QLineEdit *edit : {m_key, m_label, m_services})
        connect(edit, &QLineEdit::textEdited, this, edited);
    for (QPlainTextEdit *edit : {m_patterns, m_also, m_exceptions})
        connect(edit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_add, &QPushButton::clicked, this, [this] {
        storeTrigger();
        core::EmergencyTrigger t;
        t.key = QStringLiteral("new_trigger_%1").arg(m_list.triggers.size() + 1);
        t.label = tr("New trigger");
        m_list.triggers.append(t);
        m_changed = true;
        m_reset = false;
        fillList();
        m_triggers->setCurrentRow(static_cast<int>(m_list.triggers.size()) - 1);
        m_key->setFocus();
        m_key->selectAll();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_triggers->currentRow();
        if (row < 0 || row >= m_list.triggers.size())
            return;
        m_list.triggers.removeAt(row);
        m_row = -1;
        m_changed = true;
        m_reset = false;
        fillList();
        m_triggers->setCurrentRow(std::min(row, static_cast<int>(m_list.triggers.size()) - 1));
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_list = core::EmergencyTriggerList::builtIn();
        m_row = -1;
        m_changed = true;
        m_reset = true;
        fillList();
    });
    fillList();
}

void TriggerListEditor::fillList()
{
    m_loading = true;
    m_triggers->clear();
    for (const core::EmergencyTrigger &t : std::as_const(m_list.triggers))
        m_triggers->addItem(itemText(t));
    m_loading = false;
    m_row = -1;
    m_triggers->setCurrentRow(m_list.triggers.isEmpty() ? -1 : 0);
    if (m_list.triggers.isEmpty())
        showTrigger(-1);
}

void TriggerListEditor::showTrigger(int row)
{
    m_loading = true;
    const bool valid = row >= 0 && row < m_list.triggers.size();
    const core::EmergencyTrigger t = valid ? m_list.triggers.at(row) : core::EmergencyTrigger();
    m_key->setText(t.key);
    m_label->setText(t.label);
    m_patterns->setPlainText(t.patterns.join(u'\n'));
    m_also->setPlainText(t.also.join(u'\n'));
    m_exceptions->setPlainText(t.exceptions.join(u'\n'));
    m_services->setText(t.services.join(QStringLiteral(", ")));
    for (QWidget *w :
         {static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_patterns),
          static_cast<QWidget *>(m_also), static_cast<QWidget *>(m_exceptions),
          static_cast<QWidget *>(m_services), static_cast<QWidget *>(m_remove)})
        w->setEnabled(valid);
    m_row = valid ? row : -1;
    m_loading = false;
}

void TriggerListEditor::storeTrigger()
{
    if (m_loading || m_row < 0 || m_row >= m_list.triggers.size())
        return;
    core::EmergencyTrigger &t = m_list.triggers[m_row];
    t.key = m_key->text().trimmed();
    t.label = m_label->text().trimmed();
    t.patterns = lines(m_patterns);
    t.also = lines(m_also);
    t.exceptions = lines(m_exceptions);
    t.services.clear();
    for (const QString &code : m_services->text().split(u',', Qt::SkipEmptyParts))
        if (!code.trimmed().isEmpty())
            t.services.append(code.trimmed());
    if (QListWidgetItem *item = m_triggers->item(m_row))
        item->setText(itemText(t));
}

core::EmergencyTriggerList TriggerListEditor::list() const
{
    return m_list;
}

} // namespace civicdesk::widgets
