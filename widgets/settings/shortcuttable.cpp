#include "widgets/settings/shortcuttable.h"

#include "core/settings/workstationsettings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace civicdesk::widgets {

ShortcutTable::ShortcutTable(QList<Entry> entries, QWidget *parent)
    : QWidget(parent), m_entries(std::move(entries))
{
    setObjectName(QStringLiteral("shortcutTable"));
    m_table = new QTableWidget(static_cast<int>(m_entries.size()), 2, this);
    m_table->setObjectName(QStringLiteral("prefsShortcutTable"));
    m_table->setAccessibleName(tr("Actions and their shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Tab leaves the table for the key editor below rather than walking every cell.
    m_table->setTabKeyNavigation(false);
    for (int row = 0; row < m_entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_entries.at(row).name));
        m_table->setItem(row, 1, new QTableWidgetItem);
        updateRow(row);
    }
    auto *tableLabel = new QLabel(tr("&Actions:"), this);
    tableLabel->setBuddy(m_table);

    m_edit = new QKeySequenceEdit(this);
    m_edit->setObjectName(QStringLiteral("prefsShortcutEdit"));
    m_edit->setAccessibleName(tr("Shortcut of the selected action"));
    auto *editLabel = new QLabel(tr("S&hortcut:"), this);
    editLabel->setBuddy(m_edit);
    m_clear = new QPushButton(tr("&No shortcut"), this);
    m_clear->setObjectName(QStringLiteral("prefsShortcutClear"));
    m_clear->setAccessibleName(tr("Remove the shortcut of the selected action"));
    m_default = new QPushButton(tr("De&fault"), this);
    m_default->setObjectName(QStringLiteral("prefsShortcutDefault"));
    m_default->setAccessibleName(tr("Restore the default shortcut of the selected action"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("prefsShortcutMessage"));
    m_message->setWordWrap(true);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(editLabel);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_clear);
    editRow->addWidget(m_default);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { select(row); });
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, [this] { assign(m_edit->keySequence()); });
    connect(m_clear, &QPushButton::clicked, this, [this] { assign(QKeySequence()); });
    connect(m_default, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            assign(m_entries.at(row).defaultKeys);
    });
    if (!m_entries.isEmpty())
        m_table->setCurrentCell(0, 0);
    select(m_table->currentRow());
}

void ShortcutTable::select(int row)
{
    const bool valid = row >= 0 && row < m_entries.size();
    m_edit->setEnabled(valid);
    m_clear->setEnabled(valid);
    m_default->setEnabled(valid);
    m_edit->setKeySequence(valid ? m_entries.at(row).keys : QKeySequence());
    m_message->clear();
}

void ShortcutTable::updateRow(int row)
{
    const Entry &e = m_entries.at(row);
    QTableWidgetItem *item = m_table->item(row, 1);
    item->setText(e.keys.toString(QKeySequence::NativeText));
    QFont font = item->font();
    font.setBold(e.keys != e.defaultKeys);
    item->setFont(font);
}

bool ShortcutTable::assign(const QKeySequence &keys)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return false;
    Entry &entry = m_entries[row];
    const QString owner = core::WorkstationSettings::shortcutOwner(effective(), entry.id,
                                                                   keys.toString(QKeySequence::PortableText));
    if (!owner.isEmpty()) {
        QString name = owner;
        for (const Entry &e : std::as_const(m_entries))
            if (e.id == owner)
                name = e.name;
        m_message->setText(tr("%1 is already the shortcut of \"%2\". Change that one first.")
                               .arg(keys.toString(QKeySequence::NativeText), name));
        m_edit->setKeySequence(entry.keys);
        return false;
    }
    entry.keys = keys;
    m_edit->setKeySequence(keys);
    updateRow(row);
    m_message->setText(
        keys.isEmpty() ? tr("\"%1\" has no shortcut now.").arg(entry.name)
                       : tr("\"%1\" is now %2.").arg(entry.name, keys.toString(QKeySequence::NativeText)));
    return true;
}

QMap<QString, QString> ShortcutTable::effective() const
{
    QMap<QString, QString> out;
    for (const Entry &e : m_entries)
        out.insert(e.id, e.keys.toString(QKeySequence::PortableText));
    return out;
}

QMap<QString, QString> ShortcutTable::changed() const
{
    QMap<QString, QString> out;
    for (const Entry &e : m_entries)
        if (e.keys != e.defaultKeys)
            out.insert(e.id, e.keys.toString(QKeySequence::PortableText));
    return out;
}

} // namespace civicdesk::widgets
