<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>About</name>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Operator guide — Standby</source>
            <translation>Guida per l'operatore — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>The README is not installed with this copy.</source>
            <translation>Il README non è installato con questa copia.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>The whole README: &lt;a href="{0}"&gt;{1}&lt;/a&gt;</source>
            <translation>Il README completo: &lt;a href="{0}"&gt;{1}&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>About Standby</source>
            <translation>Informazioni su Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&lt;h2&gt;Standby {0}&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Standby {0}&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Site recovery for virtual machines: replicate, test, fail over and fail back between two sites.</source>
            <translation>Ripristino di sito per macchine virtuali: replica, test, failover e failback tra due siti.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Qt {0}, PySide6 {1}, Python {2}</source>
            <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&lt;b&gt;Libraries and their licences&lt;/b&gt;</source>
            <translation>&lt;b&gt;Librerie e relative licenze&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Library</source>
            <translation>Libreria</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Version</source>
            <translation>Versione</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Licence</source>
            <translation>Licenza</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as separate libraries, which you may replace with your own builds. Their source code is at &lt;a href="https://download.qt.io/"&gt;download.qt.io&lt;/a&gt;. Standby itself is proprietary.</source>
            <translation>Qt e PySide6 sono usati secondo la GNU LGPL versione 3: sono caricati come librerie separate, che puoi sostituire con build tue. Il loro codice sorgente è su &lt;a href="https://download.qt.io/"&gt;download.qt.io&lt;/a&gt;. Standby è proprietario.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Operator &amp;guide</source>
            <translation>&amp;Guida per l'operatore</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Vault: {0} (not connected yet)</source>
            <translation>Insieme di credenziali: {0} (non ancora connesso)</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>, an embedded lab</source>
            <translation>, un laboratorio integrato</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Vault: {0} at {1}{2}; control plane version {3}</source>
            <translation>Insieme di credenziali: {0} su {1}{2}; versione del piano di controllo {3}</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;Operator guide</source>
            <translation>&amp;Guida per l'operatore</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Open the &amp;README</source>
            <translation>Apri il &amp;README</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;About Standby</source>
            <translation>&amp;Informazioni su Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>About &amp;Qt</source>
            <translation>Informazioni su &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Abilita protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Disabilita protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Failover di test</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Pulizia del failover di test</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Failover pianificato</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Failover non pianificato</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Esegui il commit</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Cambia punto di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Annulla failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Failback</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Risincronizza</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Sospendi replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Riprendi replica</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Not connected to the control plane: operations are refused until it is back</source>
            <translation>Non connesso al piano di controllo: le operazioni vengono rifiutate finché non torna disponibile</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source> (next retry in {0:.0f} s)</source>
            <translation> (prossimo tentativo tra {0:.0f} s)</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Your token has the viewer role: it may look, not run operations.</source>
            <translation>Il token ha il ruolo di lettore: può consultare, non eseguire operazioni.</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Enable protection needs a cloud pairing for this VM's cloud: pair the cloud with a recovery cloud first.</source>
            <translation>L'abilitazione della protezione richiede un'associazione per il cloud di questa VM: associa prima il cloud a un cloud di ripristino.</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group name</source>
            <translation>Nome del gruppo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group &amp;name:</source>
            <translation>&amp;Nome del gruppo:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Before the VMs</source>
            <translation>Prima delle VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>After the VMs</source>
            <translation>Dopo le VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>+ Script</source>
            <translation>+ Script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>+ Manual step</source>
            <translation>+ Passaggio manuale</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>A command the control plane runs, with a timeout</source>
            <translation>Un comando eseguito dal piano di controllo, con un timeout</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Instructions; the plan waits until an operator resumes it</source>
            <translation>Istruzioni; il piano attende finché un operatore non lo riprende</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action name</source>
            <translation>Nome dell'azione</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Na&amp;me:</source>
            <translation>No&amp;me:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>e.g. /opt/dr/check-dns.sh $STANDBY_GROUP</source>
            <translation>ad es. /opt/dr/check-dns.sh $STANDBY_GROUP</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Command:</source>
            <translation>&amp;Comando:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Timeout in seconds</source>
            <translation>Timeout in secondi</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Timeout:</source>
            <translation>&amp;Timeout:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Instructions</source>
            <translation>Istruzioni</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>What the operator must do before the plan goes on</source>
            <translation>Cosa deve fare l'operatore prima che il piano prosegua</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Instructions:</source>
            <translation>&amp;Istruzioni:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Select a group to edit its name and actions.</source>
            <translation>Seleziona un gruppo per modificarne nome e azioni.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group {0}</source>
            <translation>Gruppo {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Script</source>
            <translation>Script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Manual</source>
            <translation>Manuale</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action (select or add one)</source>
            <translation>Azione (selezionane o aggiungine una)</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Script action</source>
            <translation>Azione script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Manual action</source>
            <translation>Azione manuale</translation>
        </message>
    </context>
    <context>
        <name>ActivityPane</name>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Activity</source>
            <translation>Attività</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Event log</source>
            <translation>Registro eventi</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Events</source>
            <translation>Eventi</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Audit log</source>
            <translation>Registro di controllo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Refresh audit log</source>
            <translation>Aggiorna registro di controllo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Audit</source>
            <translation>Controllo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>The audit log needs the operator role.</source>
            <translation>Il registro di controllo richiede il ruolo di operatore.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Could not fetch the audit log: {0}</source>
            <translation>Impossibile recuperare il registro di controllo: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>{0} entries.</source>
            <translation>{0} voci.</translation>
        </message>
    </context>
    <context>
        <name>Addresses</name>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>keeps its address (it reports none)</source>
            <translation>mantiene il suo indirizzo (non ne segnala alcuno)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} in {1}</source>
            <translation>{0} in {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (per-VM rule)</source>
            <translation>{0} (regola per VM)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (subnet rule)</source>
            <translation>{0} (regola di subnet)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (subnet rule {1} → {2})</source>
            <translation>{0} (regola di subnet {1} → {2})</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>keeps {0}</source>
            <translation>mantiene {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: the VM is attached to no network</source>
            <translation>nessun indirizzo: la VM non è collegata ad alcuna rete</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: its network has no network mapping</source>
            <translation>nessun indirizzo: la sua rete non ha un mapping di rete</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: the VM reports none and no per-VM rule names one</source>
            <translation>nessun indirizzo: la VM non ne segnala alcuno e nessuna regola per VM ne indica uno</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: no rule of the network mapping covers {0}</source>
            <translation>nessun indirizzo: nessuna regola del mapping di rete copre {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>subnet rule {0} → {1}</source>
            <translation>regola di subnet {0} → {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>, gateway {0}</source>
            <translation>, gateway {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>a VM no longer in the inventory</source>
            <translation>una VM non più nell'inventario</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} gets {1}</source>
            <translation>{0} riceve {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no IP rules: VMs keep their addresses</source>
            <translation>nessuna regola IP: le VM mantengono i loro indirizzi</translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The replication agent on host {host} lost its connection.</source>
            <translation>L'agente di replica sull'host {host} ha perso la connessione.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The replication agent on host {host} reconnected.</source>
            <translation>L'agente di replica sull'host {host} si è riconnesso.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Site {site} is unreachable.</source>
            <translation>Il sito {site} non è raggiungibile.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Site {site} is reachable again.</source>
            <translation>Il sito {site} è di nuovo raggiungibile.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Storage on host {host} is low: {figures}. When it is full, replication to and from this host pauses: free space on it or add storage.</source>
            <translation>L'archiviazione sull'host {host} è quasi esaurita: {figures}. Quando sarà piena, la replica da e verso questo host si sospenderà: libera spazio o aggiungi archiviazione.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>It has space again: {figures}.</source>
            <translation>Ha di nuovo spazio: {figures}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Protection at risk at {site}: {count} protected VM(s) cannot reach their recovery host ({causes}): {vms}. Changes are not being replicated, and a failover to the site must wait until it returns.</source>
            <translation>Protezione a rischio su {site}: {count} VM protette non raggiungono il loro host di ripristino ({causes}): {vms}. Le modifiche non vengono replicate e un failover verso il sito deve attendere il suo ritorno.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{names} and {more} more</source>
            <translation>{names} e altre {more}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication reaches it again.</source>
            <translation>La replica lo raggiunge di nuovo.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication reaches {site} again: its protected VMs are protected again, and failover to the site is possible.</source>
            <translation>La replica raggiunge di nuovo {site}: le sue VM protette sono di nuovo protette ed è possibile il failover verso il sito.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Storage on {host} is full ({what}): replication of {count} protected item(s) is paused until space returns.</source>
            <translation>L'archiviazione su {host} è piena ({what}): la replica di {count} elementi protetti è sospesa finché non torna spazio.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>replica storage</source>
            <translation>archiviazione delle repliche</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>VM storage</source>
            <translation>archiviazione delle VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{first} and {second}</source>
            <translation>{first} e {second}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Space returned.</source>
            <translation>Lo spazio è tornato.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication figures are not being updated: no successful status read since {since}. RPO, health and recovery points shown may be out of date; check the control plane's log and the hosts' agents.</source>
            <translation>I dati di replica non vengono aggiornati: nessuna lettura di stato riuscita dalle {since}. RPO, integrità e punti di ripristino mostrati potrebbero non essere aggiornati; controlla il log del piano di controllo e gli agenti degli host.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication figures are not being updated: no successful status read since its start. RPO, health and recovery points shown may be out of date; check the control plane's log and the hosts' agents.</source>
            <translation>I dati di replica non vengono aggiornati: nessuna lettura di stato riuscita dall'avvio. RPO, integrità e punti di ripristino mostrati potrebbero non essere aggiornati; controlla il log del piano di controllo e gli agenti degli host.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Info</source>
            <translation>Informazione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Critical</source>
            <translation>Critico</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Site</source>
            <translation>Sito</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Vault</source>
            <translation>Insieme di credenziali</translation>
        </message>
        <message>
            <location filename="../../app/console/alert_text.py" />
            <source>Protected item</source>
            <translation>Elemento protetto</translation>
        </message>
        <message>
            <location filename="../../app/console/alert_text.py" />
            <source>Recovery plan</source>
            <translation>Piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Drill</source>
            <translation>Esercitazione</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Recovery side unreachable</source>
            <translation>Lato di ripristino non raggiungibile</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Recovery side reachable again</source>
            <translation>Lato di ripristino di nuovo raggiungibile</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Site down</source>
            <translation>Sito non disponibile</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Agent disconnected</source>
            <translation>Agente disconnesso</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Primary site down</source>
            <translation>Sito primario non attivo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Job failed</source>
            <translation>Processo non riuscito</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Manual action waiting</source>
            <translation>Azione manuale in attesa</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>DR drill failed</source>
            <translation>Esercitazione di DR non riuscita</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>RPO far over target</source>
            <translation>RPO molto oltre l'obiettivo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>RPO over target</source>
            <translation>RPO oltre l'obiettivo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>No recovery point yet</source>
            <translation>Ancora nessun punto di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication cycles missed</source>
            <translation>Cicli di replica mancati</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication paused</source>
            <translation>Replica in pausa</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Resynchronization required</source>
            <translation>Risincronizzazione necessaria</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Enabling protection failed</source>
            <translation>Abilitazione della protezione non riuscita</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Failover failed</source>
            <translation>Failover non riuscito</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Reverse replication failed</source>
            <translation>Replica inversa non riuscita</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Awaiting reverse replication</source>
            <translation>In attesa di replica inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Test failover not cleaned up</source>
            <translation>Failover di test non ripulito</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Storage full</source>
            <translation>Archiviazione piena</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replica storage full</source>
            <translation>Archiviazione della replica piena</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Source storage full</source>
            <translation>Archiviazione di origine piena</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Storage low</source>
            <translation>Spazio di archiviazione scarso</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Control plane task failing</source>
            <translation>Attività del piano di controllo in errore</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication figures not current</source>
            <translation>Dati di replica non aggiornati</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Other alerts</source>
            <translation>Altri avvisi</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Job</source>
            <translation>Processo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Plan</source>
            <translation>Piano</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Resolved {0} (lasted {1})</source>
            <translation>Risolto {0} (durata {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>For information</source>
            <translation>Per informazione</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Open · last seen {0}</source>
            <translation>Aperto · visto l'ultima volta {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Open</source>
            <translation>Aperto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>acknowledged by {0} at {1}</source>
            <translation>confermato da {0} alle {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Object</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>First seen</source>
            <translation>Visto la prima volta</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Message</source>
            <translation>Messaggio</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · {1} open</source>
            <translation>{0} · {1} aperti</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · {1}</source>
            <translation>{0} · {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · resolved</source>
            <translation>{0} · risolti</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>What to do: {0}</source>
            <translation>Cosa fare: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
    </context>
    <context>
        <name>AlertsPane</name>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Alerts</source>
            <translation>Avvisi</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Alerts by cause</source>
            <translation>Avvisi per causa</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Conferma presa visione</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Acknowledge the selected alerts</source>
            <translation>Conferma la presa visione degli avvisi selezionati</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>What to do: {0}</source>
            <translation>Cosa fare: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Double-click to open its job.</source>
            <translation>Fai doppio clic per aprire il processo.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Not connected to the control plane: cannot acknowledge now.</source>
            <translation>Non connesso al piano di controllo: impossibile confermare ora.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Could not acknowledge: {0}</source>
            <translation>Conferma non riuscita: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>{0} alert(s) acknowledged.</source>
            <translation>{0} avvisi confermati.</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Actor</source>
            <translation>Autore</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Request</source>
            <translation>Richiesta</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Object</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>viewer</source>
            <translation>lettore</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>operator</source>
            <translation>operatore</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>admin</source>
            <translation>amministratore</translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Pre-checks</source>
            <translation>Controlli preliminari</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Every VM of the plan must be protected and healthy, and no test failover, plan job or drill of this plan may be running.</source>
            <translation>Ogni VM del piano deve essere protetta e integra, e non possono essere in corso failover di test, processi o esercitazioni di questo piano.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Pre-check results</source>
            <translation>Risultati dei controlli preliminari</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Check</source>
            <translation>Controllo</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Check &amp;again</source>
            <translation>&amp;Ricontrolla</translation>
        </message>
    </context>
    <context>
        <name>CleanupPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Clean up</source>
            <translation>Pulizia</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Cleanup removes the test VMs (only what the test failover created). Say what the drill showed: the notes go into the report and are required.</source>
            <translation>La pulizia rimuove le VM di test (solo ciò che ha creato il failover di test). Indica cosa ha mostrato l'esercitazione: le note vanno nel report e sono obbligatorie.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>What was verified, what did not work, follow-up actions…</source>
            <translation>Cosa è stato verificato, cosa non ha funzionato, azioni successive…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Manual action &amp;done — continue</source>
            <translation>Azione manuale &amp;eseguita — continua</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Connect to a Standby vault</source>
            <translation>Connetti a un insieme di credenziali Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Saved profiles</source>
            <translation>Profili salvati</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>New profile…</source>
            <translation>Nuovo profilo…</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Profile:</source>
            <translation>&amp;Profilo:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>e.g. Production vault</source>
            <translation>ad es. Insieme di credenziali di produzione</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>optional: the vault's own CA certificate</source>
            <translation>facoltativo: il certificato CA dell'insieme di credenziali</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Browse…</source>
            <translation>Sfoglia…</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;CA file:</source>
            <translation>File &amp;CA:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Token:</source>
            <translation>&amp;Token:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Remember the token in the system keyring</source>
            <translation>&amp;Ricorda il token nel portachiavi di sistema</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Tokens are kept in the system keyring only.</source>
            <translation>I token sono conservati solo nel portachiavi di sistema.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The keyring could not be loaded: {0}</source>
            <translation>Impossibile caricare il portachiavi: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>No system keyring was found (on Linux: a Secret Service such as GNOME Keyring or KWallet). Tokens are not remembered; you are asked for them each session.</source>
            <translation>Nessun portachiavi di sistema trovato (su Linux: un Secret Service come GNOME Keyring o KWallet). I token non vengono memorizzati; vengono richiesti a ogni sessione.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The keyring is disabled (null backend). Tokens are not remembered; you are asked for them each session.</source>
            <translation>Il portachiavi è disabilitato (backend null). I token non vengono memorizzati; vengono richiesti a ogni sessione.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Co&amp;nnect</source>
            <translation>Co&amp;nnetti</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>stored in the keyring</source>
            <translation>salvato nel portachiavi</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>bearer token</source>
            <translation>token di connessione</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>CA certificate</source>
            <translation>Certificato CA</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificati (*.pem *.crt);;Tutti i file (*)</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Give the profile a name (without / \ or =).</source>
            <translation>Assegna un nome al profilo (senza / \ o =).</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The URL starts with https:// (or http://).</source>
            <translation>L'URL inizia con https:// (o http://).</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Give the token (ask your administrator for one).</source>
            <translation>Inserisci il token (chiedilo all'amministratore).</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../../app/console/app.py" />
            <source>No keyring is available: give the token for this session.</source>
            <translation>Nessun portachiavi disponibile: inserisci il token per questa sessione.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Standby dashboard</source>
            <translation>Dashboard di Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Standby</source>
            <translation>Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Data is not live</source>
            <translation>Dati non aggiornati</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Protected VMs</source>
            <translation>VM protette</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>RPO compliance</source>
            <translation>Conformità RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Sites</source>
            <translation>Siti</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Active jobs</source>
            <translation>Processi attivi</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Jobs in progress</source>
            <translation>Processi in corso</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Worst RPO</source>
            <translation>RPO peggiore</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Warning above</source>
            <translation>Avviso oltre</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Critical alerts</source>
            <translation>Avvisi critici</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>&amp;Full screen</source>
            <translation>&amp;Schermo intero</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>&amp;Close the dashboard</source>
            <translation>&amp;Chiudi la dashboard</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Standby · {0}</source>
            <translation>Standby · {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>All normal</source>
            <translation>Tutto normale</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Critical</source>
            <translation>Critico</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>STALE</source>
            <translation>NON AGGIORNATO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>LIVE</source>
            <translation>IN DIRETTA</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} of {1} within target</source>
            <translation>{0} di {1} entro l'obiettivo</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Target: RPO ≤ 2 × copy frequency</source>
            <translation>Obiettivo: RPO ≤ 2 × frequenza di copia</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} failed over: not counted</source>
            <translation>{0} in failover: non conteggiati</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>the recovery site</source>
            <translation>il sito di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} at risk: {1} unreachable, changes not replicated</source>
            <translation>{0} a rischio: {1} non raggiungibile, modifiche non replicate</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0}/{1} up</source>
            <translation>{0}/{1} attivi</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>UP</source>
            <translation>ATTIVO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>DOWN</source>
            <translation>NON DISPONIBILE</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source> · VMM disconnected</source>
            <translation> · VMM disconnesso</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} waiting for an operator</source>
            <translation>{0} in attesa di un operatore</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source> (waiting for an operator)</source>
            <translation> (in attesa di un operatore)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>no recovery point</source>
            <translation>nessun punto di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>CRITICAL ALERTS · {0} OPEN</source>
            <translation>AVVISI CRITICI · {0} APERTI</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>CRITICAL ALERTS</source>
            <translation>AVVISI CRITICI</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>(+{0} hosts)</source>
            <translation>(+{0} host)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>None open</source>
            <translation>Nessuno aperto</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — replication figures are not current</source>
            <translation>NON AGGIORNATO — i valori di replica non sono aggiornati</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — replication figures not updated for {0}</source>
            <translation>NON AGGIORNATO — valori di replica non aggiornati da {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>the control plane cannot read replication status</source>
            <translation>il piano di controllo non riesce a leggere lo stato della replica</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — no data received yet</source>
            <translation>NON AGGIORNATO — nessun dato ricevuto finora</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — showing data from {0} ({1} ago)</source>
            <translation>NON AGGIORNATO — dati delle {0} ({1} fa)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>not connected; retrying every minute</source>
            <translation>non connesso; nuovo tentativo ogni minuto</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>reconnecting now…</source>
            <translation>riconnessione in corso…</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>reconnecting in {0}</source>
            <translation>riconnessione tra {0}</translation>
        </message>
    </context>
    <context>
        <name>DisconnectedBanner</name>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Connection banner</source>
            <translation>Banner di connessione</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Retry now</source>
            <translation>Riprova ora</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Retry connecting now</source>
            <translation>Riprova a connetterti ora</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>The tree stays browsable; operations are refused until the connection is back.</source>
            <translation>L'albero resta consultabile; le operazioni vengono rifiutate finché la connessione non torna.</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Disconnected — no data received yet</source>
            <translation>Disconnesso — nessun dato ricevuto finora</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Disconnected — showing data from {0} ({1} ago)</source>
            <translation>Disconnesso — dati delle {0} ({1} fa)</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>not retrying</source>
            <translation>nessun nuovo tentativo</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>reconnecting now…</source>
            <translation>riconnessione in corso…</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>retrying in {0}</source>
            <translation>nuovo tentativo tra {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Replication figures are not current</source>
            <translation>I valori di replica non sono aggiornati</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Replication figures not updated for {0} (since {1})</source>
            <translation>Valori di replica non aggiornati da {0} (dalle {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>The control plane cannot read replication status: the RPO, health and recovery points shown are the last ones read and may be worse now. The connection to the control plane works; its alerts and log say why.</source>
            <translation>Il piano di controllo non riesce a leggere lo stato della replica: RPO, integrità e punti di ripristino mostrati sono gli ultimi letti e ora potrebbero essere peggiori. La connessione al piano di controllo funziona; i suoi avvisi e il suo log spiegano perché.</translation>
        </message>
    </context>
    <context>
        <name>DrillHistoryDialog</name>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Drill history — Standby</source>
            <translation>Cronologia delle esercitazioni — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Past drills</source>
            <translation>Esercitazioni passate</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Started</source>
            <translation>Avviata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Recovery plan</source>
            <translation>Piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Operator</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Result</source>
            <translation>Risultato</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>RTO</source>
            <translation>RTO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Worst RPO</source>
            <translation>RPO peggiore</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open &amp;PDF report</source>
            <translation>Apri report &amp;PDF</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open &amp;HTML report</source>
            <translation>Apri report &amp;HTML</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>&amp;Continue this drill…</source>
            <translation>&amp;Continua questa esercitazione…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open an unfinished drill where its record stands</source>
            <translation>Apri un'esercitazione non terminata dal punto in cui è registrata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aggiorna</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Cannot list the drills: {0}</source>
            <translation>Impossibile elencare le esercitazioni: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>{0} drill(s).</source>
            <translation>{0} esercitazioni.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>No drill yet.</source>
            <translation>Ancora nessuna esercitazione.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Cannot write the report: {0}</source>
            <translation>Impossibile scrivere il report: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Opened {0}</source>
            <translation>Aperto {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>No application opens {0}; it is saved there.</source>
            <translation>Nessuna applicazione apre {0}; è salvato lì.</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>DR drill report — {0}</source>
            <translation>Report dell'esercitazione di DR — {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0:.1f} s</source>
            <translation>{0:.1f} s</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>PASSED</source>
            <translation>SUPERATA</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>FAILED</source>
            <translation>NON SUPERATA</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — test failover running</source>
            <translation>IN CORSO — failover di test in esecuzione</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — verification</source>
            <translation>IN CORSO — verifica</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — cleanup running</source>
            <translation>IN CORSO — pulizia in esecuzione</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Not checked</source>
            <translation>Non verificato</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Passed</source>
            <translation>Superata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>the disk</source>
            <translation>il disco</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system clean (e2fsck after journal replay, on a throw-away copy of the point)</source>
            <translation>{0}: file system integro (e2fsck dopo la riproduzione del journal, su una copia usa e getta del punto)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system damaged (e2fsck after journal replay)</source>
            <translation>{0}: file system danneggiato (e2fsck dopo la riproduzione del journal)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system not checked (no ext2/3/4 on the whole disk)</source>
            <translation>{0}: file system non verificato (nessun ext2/3/4 sull'intero disco)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: the guest's own sequence log ends at write {1}, with no gap</source>
            <translation>{0}: il registro di sequenza del guest termina alla scrittura {1}, senza lacune</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: the guest's own sequence log ends at write {1}, with gaps</source>
            <translation>{0}: il registro di sequenza del guest termina alla scrittura {1}, con lacune</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>intact</source>
            <translation>integro</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>crash-consistent</source>
            <translation>coerente con l'arresto anomalo</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>not consistent</source>
            <translation>non coerente</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>app-consistent</source>
            <translation>coerente con l'app</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0} write(s) after the point</source>
            <translation>{0} scritture dopo il punto</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0} (lab auditor)</source>
            <translation>{0} (revisore del lab)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The test VM of {0} did not start.</source>
            <translation>La VM di test di {0} non si è avviata.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The consistency proof of {0}'s test VM failed.</source>
            <translation>La prova di coerenza della VM di test di {0} non è riuscita.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Not verified: {0}</source>
            <translation>Non verificato: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The cleanup of {0} did not succeed.</source>
            <translation>La pulizia di {0} non è riuscita.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery plan</source>
            <translation>Piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Operator</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Started</source>
            <translation>Avviata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Ended</source>
            <translation>Terminata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RTO (all groups)</source>
            <translation>RTO (tutti i gruppi)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Worst RPO</source>
            <translation>RPO peggiore</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Drill</source>
            <translation>Esercitazione</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Test failover job</source>
            <translation>Processo di failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Cleanup job</source>
            <translation>Processo di pulizia</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Group</source>
            <translation>Gruppo</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>VMs</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RTO</source>
            <translation>RTO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery point used</source>
            <translation>Punto di ripristino usato</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Consistency proof of the test VM</source>
            <translation>Prova di coerenza della VM di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery point times are on the fabric’s clock. RPO: the point’s age when the test failover started.</source>
            <translation>Gli orari dei punti di ripristino seguono l'orologio del fabric. RPO: l'età del punto all'avvio del failover di test.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Consistency proof: each estate’s own checks of the point the test VM started from. In the lab, its auditor reads the test VM’s disks block by block against the guest’s write history. On real VMs, e2fsck checks each disk’s file system after replaying its journal, on a throw-away copy of the point (neither the point nor the test VM is written), and where the guest keeps a sequence log, the log found on the disk must have no gap.</source>
            <translation>Prova di coerenza: i controlli propri dell'ambiente sul punto da cui è partita la VM di test. Nel lab, il revisore legge i dischi della VM di test blocco per blocco confrontandoli con la cronologia delle scritture del guest. Sulle VM reali, e2fsck verifica il file system di ogni disco dopo aver riprodotto il journal, su una copia usa e getta del punto (né il punto né la VM di test vengono scritti), e dove il guest tiene un registro di sequenza, il registro trovato sul disco non deve avere lacune.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Verified</source>
            <translation>Verificato</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>(none yet)</source>
            <translation>(ancora nessuno)</translation>
        </message>
    </context>
    <context>
        <name>DrillWindow</name>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>DR drill — Standby</source>
            <translation>Esercitazione di DR — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Drill clock</source>
            <translation>Cronometro dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Next: pre-checks</source>
            <translation>&amp;Avanti: controlli preliminari</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Start the test failover</source>
            <translation>&amp;Avvia il failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Test failover running…</source>
            <translation>Failover di test in esecuzione…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Next: clean up</source>
            <translation>&amp;Avanti: pulizia</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Clean up and finish</source>
            <translation>&amp;Pulisci e termina</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Finished</source>
            <translation>Terminata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The control plane refused: {0}</source>
            <translation>Il piano di controllo ha rifiutato: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>This vault has no recovery plan yet.</source>
            <translation>Questo insieme di credenziali non ha ancora piani di ripristino.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Checking…</source>
            <translation>Controllo in corso…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Every test VM started in the isolated test network</source>
            <translation>Ogni VM di test si è avviata nella rete di test isolata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The applications on the test VMs answer (log in, open a record)</source>
            <translation>Le applicazioni sulle VM di test rispondono (accesso, apertura di un record)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The test VMs' data is as recent as the plan's RPO target allows</source>
            <translation>I dati delle VM di test sono recenti quanto consente l'obiettivo RPO del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>No test VM can be reached from the production network</source>
            <translation>Nessuna VM di test è raggiungibile dalla rete di produzione</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Starting the test VMs group by group…</source>
            <translation>Avvio delle VM di test gruppo per gruppo…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Test failover {0}: {1}</source>
            <translation>Failover di test {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Not ticked — the drill will be recorded as failed: {0}</source>
            <translation>Non spuntato — l'esercitazione verrà registrata come non superata: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The drill is recorded: {0}</source>
            <translation>L'esercitazione è registrata: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Saved as {0} and {1}</source>
            <translation>Salvato come {0} e {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>No application opens {0}.</source>
            <translation>Nessuna applicazione apre {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Plan: {0} · not started</source>
            <translation>Piano: {0} · non avviato</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Plan: {0} · elapsed {1} · RTO {2}</source>
            <translation>Piano: {0} · trascorso {1} · RTO {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>measuring…</source>
            <translation>misurazione…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: protected and healthy</source>
            <translation>{0}: protetta e integra</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: health warning (the drill may go on)</source>
            <translation>{0}: avviso di integrità (l'esercitazione può proseguire)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: health is critical</source>
            <translation>{0}: integrità critica</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: a test failover is not allowed now</source>
            <translation>{0}: un failover di test non è consentito ora</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: its recovery host is unreachable (the test VM cannot start)</source>
            <translation>{0}: l'host di ripristino non è raggiungibile (la VM di test non può avviarsi)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: a test failover exists already (clean it up first)</source>
            <translation>{0}: esiste già un failover di test (esegui prima la pulizia)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: no longer protected; edit the plan</source>
            <translation>{0}: non più protetta; modifica il piano</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>The plan {0} has no VMs</source>
            <translation>Il piano {0} non ha VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A job of the plan {0} is running</source>
            <translation>È in esecuzione un processo del piano {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A drill of this plan by {0} is running</source>
            <translation>È in corso un'esercitazione di questo piano di {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A drill of this plan by {0} was never finished (left as it was)</source>
            <translation>Un'esercitazione di questo piano di {0} non è mai stata terminata (lasciata com'era)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0} problem(s) stop the drill. Fix them, then check again.</source>
            <translation>{0} problemi bloccano l'esercitazione. Risolvili, poi ricontrolla.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Ready, with {0} warning(s).</source>
            <translation>Pronto, con {0} avvisi.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Ready: every VM is protected and healthy.</source>
            <translation>Pronto: ogni VM è protetta e integra.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>running</source>
            <translation>in esecuzione</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>did not start</source>
            <translation>non avviata</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>&lt;b&gt;Group {0}&lt;/b&gt; {1}: {2}</source>
            <translation>&lt;b&gt;Gruppo {0}&lt;/b&gt; {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>group {0}: {1}</source>
            <translation>gruppo {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>RTO {0} in total ({1})</source>
            <translation>RTO {0} in totale ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Checklist — {0} of {1} verified</source>
            <translation>Elenco di controllo — {0} di {1} verificati</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>&lt;b&gt;Waiting for you&lt;/b&gt; — {0}:&lt;br/&gt;{1}</source>
            <translation>&lt;b&gt;In attesa di te&lt;/b&gt; — {0}:&lt;br/&gt;{1}</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Revision</source>
            <translation>Revisione</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Change</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Object</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Site</source>
            <translation>Sito</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Network</source>
            <translation>Rete</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Replication policy</source>
            <translation>Criterio di replica</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Cloud pairing</source>
            <translation>Associazione di cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Network mapping</source>
            <translation>Mapping di rete</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Protected item</source>
            <translation>Elemento protetto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Recovery plan</source>
            <translation>Piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Job</source>
            <translation>Processo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Alert</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>DR drill</source>
            <translation>Esercitazione di DR</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Replication status</source>
            <translation>Stato della replica</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>{0} removed</source>
            <translation>{0} rimosso</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>{0} changed</source>
            <translation>{0} modificato</translation>
        </message>
    </context>
    <context>
        <name>FabricText</name>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Site down</source>
            <translation>Sito non disponibile</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Provider disconnected</source>
            <translation>Provider disconnesso</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Agent disconnected</source>
            <translation>Agente disconnesso</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Storage low</source>
            <translation>Spazio di archiviazione scarso</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/console/models/fabric_text.py" />
            <source>%n critical</source>
            <translation>
                <numerusform>%n critico</numerusform>
                <numerusform>%n critici</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/console/models/fabric_text.py" />
            <source>%n warning</source>
            <translation>
                <numerusform>%n avviso</numerusform>
                <numerusform>%n avvisi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Connected · {0}</source>
            <translation>Connesso · {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>DISCONNECTED since {0}</source>
            <translation>DISCONNESSO dalle {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>RPO: {0}</source>
            <translation>RPO: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>RPO {0}: target {1}, warning above {2}</source>
            <translation>RPO {0}: obiettivo {1}, avviso oltre {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>VMM server {0}, provider {1}
Last heartbeat {2}</source>
            <translation>Server VMM {0}, provider {1}
Ultimo heartbeat {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Replication agent {0}
Last heartbeat {1}</source>
            <translation>Agente di replica {0}
Ultimo heartbeat {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>VM {0} ({1}), {2} disk(s)</source>
            <translation>VM {0} ({1}), {2} dischi</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Primary</source>
            <translation>Primario</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery</source>
            <translation>Ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Running</source>
            <translation>In esecuzione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Off</source>
            <translation>Spento</translation>
        </message>
    </context>
    <context>
        <name>FabricTreeModel</name>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>A site's VMM provider, a host's replication agent: connected or not, and its last heartbeat</source>
            <translation>Il provider VMM di un sito, l'agente di replica di un host: connesso o no, e l'ultimo heartbeat</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Replication</source>
            <translation>Replica</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Health</source>
            <translation>Integrità</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Active location</source>
            <translation>Posizione attiva</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Provider / agent</source>
            <translation>Provider / agente</translation>
        </message>
    </context>
    <context>
        <name>FailoverPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test failover</source>
            <translation>Failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Steps of the test failover</source>
            <translation>Passaggi del failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Step</source>
            <translation>Passaggio</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Up after</source>
            <translation>Attiva dopo</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Manual action &amp;done — continue</source>
            <translation>Azione manuale &amp;eseguita — continua</translation>
        </message>
    </context>
    <context>
        <name>FlowPage</name>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Why Next is not possible yet</source>
            <translation>Perché Avanti non è ancora possibile</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Reading the current figures from the control plane…</source>
            <translation>Lettura dei valori attuali dal piano di controllo…</translation>
        </message>
    </context>
    <context>
        <name>FlowWizard</name>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Could not read what this wizard needs: {0}</source>
            <translation>Impossibile leggere ciò che serve alla procedura guidata: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Sending…</source>
            <translation>Invio in corso…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Refused: {0}</source>
            <translation>Rifiutato: {0}</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} s</source>
            <translation>{0} s</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} min {1:02} s</source>
            <translation>{0} min {1:02} s</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} h {1:02} min</source>
            <translation>{0} h {1:02} min</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} d {1} h</source>
            <translation>{0} g {1} h</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} free</source>
            <translation>{0} liberi</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} free of {1} ({2} %)</source>
            <translation>{0} liberi su {1} ({2} %)</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage: not reported</source>
            <translation>Archiviazione: non segnalata</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage low: {0}</source>
            <translation>Spazio di archiviazione scarso: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage: {0}</source>
            <translation>Archiviazione: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} ago</source>
            <translation>{0} fa</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>This computer's clock is {0} behind the control plane's: times and ages are shown on the control plane's clock.</source>
            <translation>L'orologio di questo computer è indietro di {0} rispetto a quello del piano di controllo: orari ed età sono mostrati secondo l'orologio del piano di controllo.</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>This computer's clock is {0} ahead of the control plane's: times and ages are shown on the control plane's clock.</source>
            <translation>L'orologio di questo computer è avanti di {0} rispetto a quello del piano di controllo: orari ed età sono mostrati secondo l'orologio del piano di controllo.</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Not protected</source>
            <translation>Non protetto</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover running</source>
            <translation>failover di test in corso</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover cleanup pending</source>
            <translation>pulizia del failover di test in attesa</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover cleaning up</source>
            <translation>pulizia del failover di test in corso</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>no point yet</source>
            <translation>nessun punto ancora</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while failed over</source>
            <translation>nessuno durante il failover</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while failed over: nothing replicates the VM until reverse replication starts</source>
            <translation>nessuno durante il failover: nulla replica la VM finché non parte la replica inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while the failover runs</source>
            <translation>nessuno mentre il failover è in corso</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none yet: protection is being enabled</source>
            <translation>nessuno ancora: la protezione è in fase di abilitazione</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none: protection is being disabled</source>
            <translation>nessuno: la protezione è in fase di disabilitazione</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none: nothing replicates the VM in this state</source>
            <translation>nessuno: nulla replica la VM in questo stato</translation>
        </message>
    </context>
    <context>
        <name>GroupsModel</name>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group / VM</source>
            <translation>Gruppo / VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group {0}: double-click to rename, drag to reorder.</source>
            <translation>Gruppo {0}: doppio clic per rinominare, trascina per riordinare.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} VM(s)</source>
            <translation>{0} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} before</source>
            <translation>{0} prima</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} after</source>
            <translation>{0} dopo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group {0} · {1}</source>
            <translation>Gruppo {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Nothing to add.</source>
            <translation>Niente da aggiungere.</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Critical</source>
            <translation>Critico</translation>
        </message>
    </context>
    <context>
        <name>HealthGraphs</name>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Health graphs</source>
            <translation>Grafici di integrità</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Throughput</source>
            <translation>Velocità effettiva</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Pending</source>
            <translation>In sospeso</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>warning above</source>
            <translation>avviso oltre</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
    </context>
    <context>
        <name>HealthText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The primary site is down and the VM still runs there: fail it over.</source>
            <translation>Il sito primario è inattivo e la VM è ancora in esecuzione lì: eseguire il failover.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The primary site is down: the VM runs at the recovery site, but nothing replicates back to primary.</source>
            <translation>Il sito primario è inattivo: la VM è in esecuzione nel sito di ripristino, ma nulla viene replicato verso il primario.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication lost track of changes: resynchronize the item to protect it again.</source>
            <translation>La replica ha perso traccia delle modifiche: risincronizza l'elemento per proteggerlo di nuovo.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enabling protection failed: retry it, or disable protection.</source>
            <translation>Abilitazione della protezione non riuscita: riprova o disabilita la protezione.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The failover stopped half-way: retry with an unplanned failover, or cancel it.</source>
            <translation>Il failover si è fermato a metà: riprova con un failover non pianificato o annullalo.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication failed: the VM is not protected; retry reverse replication.</source>
            <translation>Replica inversa non riuscita: la VM non è protetta; riprova la replica inversa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication is paused: changes are not copied until it is resumed.</source>
            <translation>La replica è sospesa: le modifiche non vengono copiate finché non riprende.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{message} Cause: {cause}</source>
            <translation>{message} Causa: {cause}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replica storage on {host} is full: replication is paused; {last}.</source>
            <translation>L'archiviazione delle repliche su {host} è piena: la replica è sospesa; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Source storage on {host} is full: replication is paused; {last}.</source>
            <translation>L'archiviazione di origine su {host} è piena: la replica è sospesa; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Source storage on {host} is full: the VM is paused, and replication is paused; {last}.</source>
            <translation>L'archiviazione di origine su {host} è piena: la VM è sospesa e la replica è sospesa; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the last good point is {point_time}</source>
            <translation>l'ultimo punto valido è delle {point_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no recovery point yet</source>
            <translation>non c'è ancora alcun punto di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery point yet: the data that would be lost is unknown.</source>
            <translation>Ancora nessun punto di ripristino: i dati che andrebbero persi sono sconosciuti.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>RPO is {rpo_seconds}, far above the {target_seconds} target.</source>
            <translation>L'RPO è {rpo_seconds}, molto oltre l'obiettivo di {target_seconds}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>RPO is {rpo_seconds}, over twice the {target_seconds} target.</source>
            <translation>L'RPO è {rpo_seconds}, oltre il doppio dell'obiettivo di {target_seconds}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The recovery host {host} is unreachable ({why}): changes are not being replicated, and a failover must wait until it returns; {last}.</source>
            <translation>L'host di ripristino {host} non è raggiungibile ({why}): le modifiche non vengono replicate e un failover deve attendere il suo ritorno; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the site {site} is down</source>
            <translation>il sito {site} è inattivo</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>its agent is disconnected</source>
            <translation>il suo agente è disconnesso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the replication link to it is down</source>
            <translation>il collegamento di replica verso di esso è inattivo</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the last point it received is from {point_time}</source>
            <translation>l'ultimo punto ricevuto è delle {point_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it has received no recovery point yet</source>
            <translation>non ha ancora ricevuto alcun punto di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{count} replication cycles in a row were missed.</source>
            <translation>{count} cicli di replica consecutivi sono stati saltati.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>App-consistent points are not being made: the guest's file systems could not be frozen (is qemu-guest-agent running in the guest?). Its recovery points are crash-consistent.</source>
            <translation>Non vengono creati punti coerenti con l'app: non è stato possibile bloccare i file system del guest (qemu-guest-agent è in esecuzione nel guest?). I suoi punti di ripristino sono coerenti con l'arresto anomalo.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The VM runs on its failed-over copy and nothing protects it: start reverse replication.</source>
            <translation>La VM è in esecuzione sulla copia dopo il failover e nulla la protegge: avvia la replica inversa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source host's agent is disconnected: replication can't be tracked.</source>
            <translation>L'agente dell'host di origine è disconnesso: impossibile tenere traccia della replica.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>A test failover was not cleaned up: its test VM is still running.</source>
            <translation>Un failover di test non è stato pulito: la sua VM di test è ancora in esecuzione.</translation>
        </message>
    </context>
    <context>
        <name>Hosts</name>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>15 minutes</source>
            <translation>15 minuti</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1 hour</source>
            <translation>1 ora</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>8 hours</source>
            <translation>8 ore</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1 day</source>
            <translation>1 giorno</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>7 days</source>
            <translation>7 giorni</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Not connected to the control plane.</source>
            <translation>Non connesso al piano di controllo.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Your token has the viewer role: managing hosts needs an admin token.</source>
            <translation>Il token ha il ruolo di lettore: per gestire gli host serve un token di amministratore.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New site — Standby</source>
            <translation>Nuovo sito — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;site</source>
            <translation>Crea &amp;sito</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A site groups the hosts of one place (a data centre, a building). Hosts join it with a registration key; replication pairs a cloud of one site with a cloud of another.</source>
            <translation>Un sito raggruppa gli host di un luogo (un data center, un edificio). Gli host vi si uniscono con una chiave di registrazione; la replica associa un cloud di un sito a un cloud di un altro.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>e.g. Stockholm</source>
            <translation>ad es. Stoccolma</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>optional, e.g. Kista data centre</source>
            <translation>facoltativo, ad es. data center di Kista</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Location:</source>
            <translation>&amp;Posizione:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Give the site a name.</source>
            <translation>Assegna un nome al sito.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Site {0} created.</source>
            <translation>Sito {0} creato.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New cloud in {0} — Standby</source>
            <translation>Nuovo cloud in {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;cloud</source>
            <translation>Crea &amp;cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A cloud is a group of hosts of the site {0}: protection pairs a cloud with a recovery cloud, and hosts can move between the site's clouds.</source>
            <translation>Un cloud è un gruppo di host del sito {0}: la protezione associa un cloud a un cloud di ripristino, e gli host possono spostarsi tra i cloud del sito.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>e.g. Gold</source>
            <translation>ad es. Oro</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Give the cloud a name.</source>
            <translation>Assegna un nome al cloud.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Cloud {0} created.</source>
            <translation>Cloud {0} creato.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Move {0} — Standby</source>
            <translation>Sposta {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Move</source>
            <translation>&amp;Sposta</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host {0} is in the cloud {1}. Move it into another cloud of its site:</source>
            <translation>L'host {0} è nel cloud {1}. Spostalo in un altro cloud del suo sito:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host {0} is in the only cloud of its site: create another cloud first (New cloud… on the site).</source>
            <translation>L'host {0} è nell'unico cloud del suo sito: crea prima un altro cloud (Nuovo cloud… sul sito).</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Cloud:</source>
            <translation>&amp;Cloud:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Choose a cloud.</source>
            <translation>Scegli un cloud.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Host moved to the cloud {0}.</source>
            <translation>Host spostato nel cloud {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Add a host to {0} — Standby</source>
            <translation>Aggiungi un host a {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;key</source>
            <translation>Crea &amp;chiave</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A registration key lets the agent of one host enroll with the control plane and join the site {0}. It works once and expires; the host receives its certificate from the control plane when it enrolls.</source>
            <translation>Una chiave di registrazione consente all'agente di un host di registrarsi presso il piano di controllo e di unirsi al sito {0}. Funziona una sola volta e scade; l'host riceve il proprio certificato dal piano di controllo quando si registra.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A new cloud “{0} hosts”</source>
            <translation>Un nuovo cloud “{0} hosts”</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Cloud the host joins:</source>
            <translation>&amp;Cloud a cui si unisce l'host:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Key &amp;works for:</source>
            <translation>La chiave &amp;vale per:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1. Save the key file, then copy it to the host.</source>
            <translation>1. Salva il file della chiave, poi copialo sull'host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Save key file…</source>
            <translation>&amp;Salva file della chiave…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>2. On the host, run (as a user that may use libvirt):</source>
            <translation>2. Sull'host, esegui (come un utente che può usare libvirt):</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Command to run on the host</source>
            <translation>Comando da eseguire sull'host</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>C&amp;opy</source>
            <translation>C&amp;opia</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Copy the command to the clipboard</source>
            <translation>Copia il comando negli appunti</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host appears under its cloud as soon as its agent has enrolled. --storage is the folder on the host for its replicas and state.</source>
            <translation>L'host compare sotto il suo cloud non appena il suo agente si è registrato. --storage è la cartella sull'host per le sue repliche e il suo stato.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>This key is shown only now: the control plane keeps no copy of its secret. Save the key file before you close this window; if it is lost, create a new key.</source>
            <translation>Questa chiave viene mostrata solo ora: il piano di controllo non conserva alcuna copia del suo segreto. Salva il file della chiave prima di chiudere questa finestra; se va perso, crea una nuova chiave.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Registration key created for one host of the site {0} (cloud: {1}). It works once, until {2}.</source>
            <translation>Chiave di registrazione creata per un host del sito {0} (cloud: {1}). Funziona una sola volta, fino a {2}.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Command copied to the clipboard.</source>
            <translation>Comando copiato negli appunti.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Save the registration key</source>
            <translation>Salva la chiave di registrazione</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Registration keys (*.key);;All files (*)</source>
            <translation>Chiavi di registrazione (*.key);;Tutti i file (*)</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Cannot save the key file {0}: {1}</source>
            <translation>Impossibile salvare il file della chiave {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Saved to {0} (readable by you only). Copy it to the host.</source>
            <translation>Salvata in {0} (leggibile solo da te). Copiala sull'host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The key is not saved</source>
            <translation>La chiave non è salvata</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The registration key's file is not saved, and it cannot be shown again. Close anyway? (The key then expires unused.)</source>
            <translation>Il file della chiave di registrazione non è salvato e non può essere mostrato di nuovo. Chiudere comunque? (La chiave scade quindi senza essere usata.)</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Remove the host {0} from the control plane?</source>
            <translation>Rimuovere l'host {0} dal piano di controllo?</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Its agent is refused from then on, and the host and the VMs on it ({0}) leave the inventory.</source>
            <translation>Il suo agente viene rifiutato da quel momento, e l'host e le VM su di esso ({0}) escono dall'inventario.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Its agent is refused from then on, and the host leaves the inventory.</source>
            <translation>Il suo agente viene rifiutato da quel momento, e l'host esce dall'inventario.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Nothing is deleted on the host itself. To bring it back, add it again with a new registration key.</source>
            <translation>Sull'host stesso non viene eliminato nulla. Per riaverlo, aggiungilo di nuovo con una nuova chiave di registrazione.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Protected VMs that replicate from or to this host: {0}. Their replication stops, and they cannot fail over through it, until the host is added again.</source>
            <translation>VM protette che replicano da o verso questo host: {0}. La loro replica si interrompe, e non è possibile eseguire il failover tramite l'host finché non viene aggiunto di nuovo.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>No protected VM replicates from or to this host.</source>
            <translation>Nessuna VM protetta replica da o verso questo host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Remove host {0} — Standby</source>
            <translation>Rimuovi l'host {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Remove host</source>
            <translation>&amp;Rimuovi host</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Refused: {0}</source>
            <translation>Rifiutato: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Host {0} removed.</source>
            <translation>Host {0} rimosso.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Add a host…</source>
            <translation>&amp;Aggiungi un host…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New &amp;cloud…</source>
            <translation>Nuovo &amp;cloud…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Move to cloud…</source>
            <translation>&amp;Sposta nel cloud…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Remove host…</source>
            <translation>&amp;Rimuovi host…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New &amp;site…</source>
            <translation>Nuovo &amp;sito…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>F&amp;abric</source>
            <translation>&amp;Infrastruttura</translation>
        </message>
    </context>
    <context>
        <name>JobText</name>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>{0} (recovery plan)</source>
            <translation>{0} (piano di ripristino)</translation>
        </message>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>Cancelled by an operator.</source>
            <translation>Annullato da un operatore.</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Operation</source>
            <translation>Operazione</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Object</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Progress</source>
            <translation>Avanzamento</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Started by</source>
            <translation>Avviato da</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Created</source>
            <translation>Creato</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Error</source>
            <translation>Errore</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Abilita protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Disabilita protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Failover di test</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Pulizia del failover di test</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Failover pianificato</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Failover non pianificato</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Esegui il commit</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Cambia punto di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Annulla failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Failback</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Risincronizza</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Sospendi replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Riprendi replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not started</source>
            <translation>Non avviato</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>In progress</source>
            <translation>In corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting</source>
            <translation>In attesa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Succeeded</source>
            <translation>Riuscito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
    </context>
    <context>
        <name>JobsPane</name>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Jobs</source>
            <translation>Processi</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Select a job to see its steps.</source>
            <translation>Seleziona un processo per vederne i passaggi.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Job steps</source>
            <translation>Passaggi del processo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Step</source>
            <translation>Passaggio</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Progress</source>
            <translation>Avanzamento</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Error</source>
            <translation>Errore</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancel job</source>
            <translation>Annulla processo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restart</source>
            <translation>Riavvia</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Open plan view</source>
            <translation>Apri vista del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Follow this plan job group by group</source>
            <translation>Segui questo processo del piano gruppo per gruppo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>{0} of {1} — {2}, started by {3}</source>
            <translation>{0} di {1} — {2}, avviato da {3}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Not connected to the control plane.</source>
            <translation>Non connesso al piano di controllo.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>This job does not allow that now.</source>
            <translation>Il processo non lo consente ora.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancelling the job…</source>
            <translation>Annullamento del processo…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancel: accepted.</source>
            <translation>Annulla: accettato.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resuming the job…</source>
            <translation>Ripresa del processo…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resume: accepted.</source>
            <translation>Riprendi: accettato.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restarting the job…</source>
            <translation>Riavvio del processo…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restart: accepted.</source>
            <translation>Riavvia: accettato.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Sending {0}…</source>
            <translation>Invio di {0}…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Accepted.</source>
            <translation>Accettato.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>The control plane refused: {0}</source>
            <translation>Il piano di controllo ha rifiutato: {0}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Abilita protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Disabilita protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Pulizia del failover di test</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Failover pianificato</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Failover non pianificato</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Esegui il commit</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Cambia punto di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Annulla failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Failback</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Risincronizza</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Sospendi replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Riprendi replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not started</source>
            <translation>Non avviato</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <location filename=".dynamic_strings.py" />
            <source>In progress</source>
            <translation>In corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting</source>
            <translation>In attesa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Succeeded</source>
            <translation>Riuscito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
    </context>
    <context>
        <name>LabMenu</name>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Lab</source>
            <translation>&amp;Laboratorio</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Sites</source>
            <translation>&amp;Siti</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Replication &amp;link</source>
            <translation>&amp;Collegamento di replica</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Guest &amp;write rate</source>
            <translation>&amp;Frequenza di scrittura del guest</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Take {0} &amp;down</source>
            <translation>&amp;Disattiva {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: site {0} is down.</source>
            <translation>Laboratorio: il sito {0} è inattivo.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Bring {0} back &amp;up</source>
            <translation>&amp;Riattiva {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: site {0} is up again.</source>
            <translation>Laboratorio: il sito {0} è di nuovo attivo.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Cut the link between the sites</source>
            <translation>&amp;Interrompi il collegamento tra i siti</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is cut.</source>
            <translation>Laboratorio: il collegamento tra i siti è interrotto.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Restore the link at full speed</source>
            <translation>&amp;Ripristina il collegamento a piena velocità</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is restored at full speed.</source>
            <translation>Laboratorio: il collegamento tra i siti è ripristinato a piena velocità.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Limit to {0} Mbit/s</source>
            <translation>Limita a {0} Mbit/s</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is limited to {0} Mbit/s.</source>
            <translation>Laboratorio: il collegamento tra i siti è limitato a {0} Mbit/s.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Select a VM in the fabric tree first</source>
            <translation>Seleziona prima una VM nell'albero dell'infrastruttura</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: idle (no writes)</source>
            <translation>{0}: inattiva (nessuna scrittura)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: normal (5 writes/s)</source>
            <translation>{0}: normale (5 scritture/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: busy (50 writes/s)</source>
            <translation>{0}: occupata (50 scritture/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: heavy (500 writes/s)</source>
            <translation>{0}: carico elevato (500 scritture/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: {0} now writes {1} times a second.</source>
            <translation>Laboratorio: {0} ora scrive {1} volte al secondo.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>The lab refused: {0}</source>
            <translation>Il laboratorio ha rifiutato: {0}</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>&amp;Language</source>
            <translation>&amp;Lingua</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>System default ({0})</source>
            <translation>Predefinita di sistema ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>The console speaks {0} from its next start.</source>
            <translation>La console userà {0} dal prossimo avvio.</translation>
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Standby</source>
            <translation>Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Filter the fabric tree</source>
            <translation>Filtra l'albero dell'infrastruttura</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Filter (Ctrl+F): name, or health:critical, state:paused</source>
            <translation>Filtro (Ctrl+F): nome, oppure health:critical, state:paused</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Fabric tree</source>
            <translation>Albero dell'infrastruttura</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Data is not live</source>
            <translation>Dati non aggiornati</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Select a site, cloud, host or VM to see its details.</source>
            <translation>Seleziona un sito, un cloud, un host o una VM per vederne i dettagli.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Jobs</source>
            <translation>&amp;Processi</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;lerts</source>
            <translation>Avvi&amp;si</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Ac&amp;tivity</source>
            <translation>Atti&amp;vità</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Connection state</source>
            <translation>Stato della connessione</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Reverse replicating</source>
            <translation>Replica inversa in corso</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Storage low · 12 warning</source>
            <translation>Spazio di archiviazione scarso · 12 avviso</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Recovery</source>
            <translation>Ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Connect to…</source>
            <translation>&amp;Connetti a…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Notifications…</source>
            <translation>&amp;Notifiche…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aggiorna</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Trova…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Fabric &amp;tree</source>
            <translation>Albero dell'&amp;infrastruttura</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Alerts</source>
            <translation>Avvi&amp;si</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;ctivity</source>
            <translation>Atti&amp;vità</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>E&amp;xpand all</source>
            <translation>&amp;Espandi tutto</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>C&amp;ollapse all</source>
            <translation>&amp;Comprimi tutto</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Operations</source>
            <translation>&amp;Operazioni</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Operations on the &amp;selection…</source>
            <translation>Operazioni sulla &amp;selezione…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Refreshing…</source>
            <translation>Aggiornamento…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Operations apply to VMs.</source>
            <translation>Le operazioni si applicano alle VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Refused: {0}</source>
            <translation>Rifiutato: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>{0}: job {1} started.</source>
            <translation>{0}: processo {1} avviato.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Connected</source>
            <translation>● Connesso</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Reconnecting</source>
            <translation>● Riconnessione</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Offline</source>
            <translation>● Non in linea</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live: the last known state, shown greyed until the connection is back.</source>
            <translation>Non aggiornato: l'ultimo stato noto, in grigio finché la connessione non torna.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live: the replication figures are the last ones read, shown greyed until the control plane reads replication status again.</source>
            <translation>Non aggiornato: i valori di replica sono gli ultimi letti, in grigio finché il piano di controllo non legge di nuovo lo stato della replica.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Vault: {0}</source>
            <translation>Insieme di credenziali: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>{0} — Standby</source>
            <translation>{0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>viewer</source>
            <translation>lettore</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>operator or admin</source>
            <translation>operatore o amministratore</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>admin</source>
            <translation>amministratore</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>role unknown</source>
            <translation>ruolo sconosciuto</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Profile: {0} ({1})</source>
            <translation>Profilo: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Live; last change {0}</source>
            <translation>Aggiornato; ultima modifica {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — replication figures as of {0} ({1} ago): the control plane cannot read replication status. Health, RPO and recovery points may have changed since.</source>
            <translation>Non aggiornato — valori di replica delle {0} ({1} fa): il piano di controllo non riesce a leggere lo stato della replica. Integrità, RPO e punti di ripristino potrebbero essere cambiati.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — the control plane cannot read replication status. Health, RPO and recovery points may have changed.</source>
            <translation>Non aggiornato — il piano di controllo non riesce a leggere lo stato della replica. Integrità, RPO e punti di ripristino potrebbero essere cambiati.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — last known state as of {0} ({1} ago). Health, RPO and figures may have changed since.</source>
            <translation>Non aggiornato — ultimo stato noto delle {0} ({1} fa). Integrità, RPO e valori potrebbero essere cambiati.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — no data received yet.</source>
            <translation>Non aggiornato — nessun dato ricevuto finora.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Clock {0} behind the control plane</source>
            <translation>Orologio indietro di {0} rispetto al piano di controllo</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Clock {0} ahead of the control plane</source>
            <translation>Orologio avanti di {0} rispetto al piano di controllo</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;lerts ({0})</source>
            <translation>Avvi&amp;si ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/menu.py" />
            <source>&amp;DR drill…</source>
            <translation>Esercitazione di &amp;DR…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/menu.py" />
            <source>Drill &amp;history…</source>
            <translation>&amp;Cronologia esercitazioni…</translation>
        </message>
    </context>
    <context>
        <name>ManualActionBanner</name>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Manual action</source>
            <translation>Azione manuale</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Done — resume</source>
            <translation>Fatto — riprendi</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Manual action done: resume the plan</source>
            <translation>Azione manuale eseguita: riprendi il piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>The plan waits for you — group {0}: {1}</source>
            <translation>Il piano ti attende — gruppo {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>MultiField</name>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Filter</source>
            <translation>Filtro</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Select all shown</source>
            <translation>Seleziona tutti quelli mostrati</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>{0} of {1} selected</source>
            <translation>{0} di {1} selezionati</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source> · {0} shown</source>
            <translation> · {0} mostrati</translation>
        </message>
    </context>
    <context>
        <name>NotificationsDialog</name>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Recovery plan</source>
            <translation>Piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Site</source>
            <translation>Sito</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Information</source>
            <translation>Informazione</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Critical</source>
            <translation>Critico</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Raised</source>
            <translation>Generato</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>More severe</source>
            <translation>Più grave</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Resolved</source>
            <translation>Risolto</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Waiting</source>
            <translation>In attesa</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Delivered</source>
            <translation>Consegnata</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet from</source>
            <translation>Silenzio dalle</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet until</source>
            <translation>Silenzio fino alle</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Time zone</source>
            <translation>Fuso orario</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Signing secret</source>
            <translation>Segreto di firma</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>SMTP server</source>
            <translation>Server SMTP</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Security</source>
            <translation>Sicurezza</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Username</source>
            <translation>Nome utente</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>From</source>
            <translation>Da</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notifications — Standby</source>
            <translation>Notifiche — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Alerts reach people who are not watching the console: each rule sends the alerts of at least its severity to a webhook or by e-mail.</source>
            <translation>Gli avvisi raggiungono chi non sta guardando la console: ogni regola invia gli avvisi di gravità almeno pari alla sua a un webhook o per e-mail.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notification rules</source>
            <translation>Regole di notifica</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;New rule</source>
            <translation>&amp;Nuova regola</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Delivery log</source>
            <translation>Registro delle consegne</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Attempts</source>
            <translation>Tentativi</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Last error</source>
            <translation>Ultimo errore</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aggiorna</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Rule</source>
            <translation>Regola</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>e.g. On-call engineer</source>
            <translation>ad es. Tecnico reperibile</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send notifications for this rule</source>
            <translation>Invia notifiche per questa regola</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>At least:</source>
            <translation>Almeno:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Site:</source>
            <translation>Sito:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Recovery plan:</source>
            <translation>Piano di ripristino:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Hold notifications during quiet hours</source>
            <translation>Trattieni le notifiche durante le ore di silenzio</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet hours:</source>
            <translation>Ore di silenzio:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>An IANA time zone name, e.g. Europe/Stockholm</source>
            <translation>Un nome di fuso orario IANA, ad es. Europe/Stockholm</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>from</source>
            <translation>dalle</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>until</source>
            <translation>alle</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Webhook (signed JSON POST)</source>
            <translation>Webhook (POST JSON firmato)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>E-mail (SMTP)</source>
            <translation>E-mail (SMTP)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send by:</source>
            <translation>Invia tramite:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send a &amp;test</source>
            <translation>Invia un &amp;test</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Save the rule if it changed, then send a test through it</source>
            <translation>Salva la regola se è cambiata, poi invia un test tramite essa</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Signing secret:</source>
            <translation>Segreto di firma:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Each POST is signed: its X-Standby-Signature header is sha256= and the HMAC-SHA256, keyed with this secret, of the X-Standby-Timestamp header, a dot and the body.</source>
            <translation>Ogni POST è firmato: l'intestazione X-Standby-Signature è sha256= seguito dall'HMAC-SHA256, con questo segreto come chiave, dell'intestazione X-Standby-Timestamp, un punto e il corpo.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>port</source>
            <translation>porta</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>SMTP server:</source>
            <translation>Server SMTP:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (porta 587)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>TLS (port 465)</source>
            <translation>TLS (porta 465)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>None (no login)</source>
            <translation>Nessuna (nessun accesso)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Security:</source>
            <translation>Sicurezza:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Username:</source>
            <translation>Nome utente:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>From:</source>
            <translation>Da:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>oncall@example.net, dr-team@example.net</source>
            <translation>reperibile@example.net, dr-team@example.net</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>To:</source>
            <translation>A:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Any site</source>
            <translation>Qualsiasi sito</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Any recovery plan</source>
            <translation>Qualsiasi piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Stored — leave empty to keep it</source>
            <translation>Memorizzato — lascia vuoto per mantenerlo</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notification rules are managed with an administrator's token; this connection's token may not read or change them.</source>
            <translation>Le regole di notifica si gestiscono con il token di un amministratore; il token di questa connessione non può leggerle né modificarle.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Cannot list the notification rules: {0}</source>
            <translation>Impossibile elencare le regole di notifica: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>No rules yet: fill in the form and save it.</source>
            <translation>Nessuna regola ancora: compila il modulo e salvalo.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>webhook</source>
            <translation>webhook</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>e-mail to {0}</source>
            <translation>e-mail a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>{0} (off)</source>
            <translation>{0} (disattivata)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>{0} and worse, {1}</source>
            <translation>{0} e più gravi, {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Cannot read the delivery log: {0}</source>
            <translation>Impossibile leggere il registro delle consegne: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Not saved: {0}</source>
            <translation>Non salvata: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Saved the rule {0}.</source>
            <translation>Regola {0} salvata.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Sending a test through {0}…</source>
            <translation>Invio di un test tramite {0}…</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test could not be sent: {0}</source>
            <translation>Impossibile inviare il test: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test was delivered through {0}.</source>
            <translation>Il test è stato consegnato tramite {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test was not delivered: {0}</source>
            <translation>Il test non è stato consegnato: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Not deleted: {0}</source>
            <translation>Non eliminata: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Deleted the rule {0}.</source>
            <translation>Regola {0} eliminata.</translation>
        </message>
    </context>
    <context>
        <name>OperationReason</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback brings a VM back to its primary site; this one already runs there.</source>
            <translation>Il failback riporta una VM al suo sito primario; questa è già in esecuzione lì.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a cleanup is already running</source>
            <translation>una pulizia è già in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a committed failover can't be cancelled — reverse replicate, then fail back</source>
            <translation>un failover con commit non può essere annullato — esegui la replica inversa, poi il failback</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a failed-over item (committed or not) or a failed reverse replication to retry</source>
            <translation>un elemento dopo il failover (con o senza commit) o una replica inversa non riuscita da ritentare</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a failover that is not committed (failed-over or failover-failed)</source>
            <translation>un failover senza commit (failover eseguito o non riuscito)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a paused item</source>
            <translation>un elemento sospeso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected item</source>
            <translation>un elemento protetto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected item running at the recovery site</source>
            <translation>un elemento protetto in esecuzione nel sito di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected or paused item</source>
            <translation>un elemento protetto o sospeso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected or replicating item with no failover pending</source>
            <translation>un elemento protetto o in replica senza failover in sospeso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a replica with a recovery point to start from</source>
            <translation>una replica con un punto di ripristino da cui partire</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a resynchronization can't be paused half-way — let it finish</source>
            <translation>una risincronizzazione non può essere sospesa a metà — lasciala terminare</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a resynchronization is already running</source>
            <translation>una risincronizzazione è già in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover awaiting cleanup</source>
            <translation>un failover di test in attesa di pulizia</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover awaits cleanup: clean it up first</source>
            <translation>un failover di test attende la pulizia: esegui prima la pulizia</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover is being cleaned up: wait for that to finish</source>
            <translation>è in corso la pulizia di un failover di test: attendi che termini</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover is running on this item: wait for it to finish</source>
            <translation>è in corso un failover di test su questo elemento: attendi che termini</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an initial copy can't be paused half-way — let it finish or disable protection</source>
            <translation>una copia iniziale non può essere sospesa a metà — lasciala terminare o disabilita la protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an item that is failed over and not yet committed</source>
            <translation>un elemento con failover eseguito ma senza commit</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an item that is resync-required or protected</source>
            <translation>un elemento che richiede risincronizzazione o è protetto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an unprotected item (or a failed enable to retry)</source>
            <translation>un elemento non protetto (o un'abilitazione non riuscita da ritentare)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>clean up the previous drill first</source>
            <translation>esegui prima la pulizia dell'esercitazione precedente</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>cleaning-up</source>
            <translation>pulizia in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>cleanup-pending</source>
            <translation>in attesa di pulizia</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit discarded the other recovery points</source>
            <translation>il commit ha eliminato gli altri punti di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit it and start reverse replication first</source>
            <translation>esegui il commit e avvia prima la replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit or cancel the failover first</source>
            <translation>esegui prima il commit o annulla il failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>disabling-protection</source>
            <translation>disabilitazione della protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enable protection first</source>
            <translation>abilita prima la protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enable-protection-failed</source>
            <translation>abilitazione della protezione non riuscita</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enabling-protection</source>
            <translation>abilitazione della protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failed-over</source>
            <translation>failover eseguito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-committed</source>
            <translation>commit del failover eseguito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-failed</source>
            <translation>failover non riuscito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-in-progress</source>
            <translation>failover in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>initial-replication</source>
            <translation>replica iniziale</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it already runs on the replica — commit or cancel it</source>
            <translation>è già in esecuzione sulla replica — esegui il commit o annulla il failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it has no recovery point yet — wait for initial replication to finish</source>
            <translation>non ha ancora un punto di ripristino — attendi il termine della replica iniziale</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is already paused</source>
            <translation>è già sospeso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is not paused</source>
            <translation>non è sospeso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is not protected</source>
            <translation>non è protetto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>its recovery points may be stale — resynchronize it first</source>
            <translation>i suoi punti di ripristino potrebbero essere obsoleti — risincronizza prima</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>no other drill on this item</source>
            <translation>nessun'altra esercitazione su questo elemento</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>not-protected</source>
            <translation>non protetto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>paused</source>
            <translation>sospeso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protected</source>
            <translation>protetto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protection is already enabled</source>
            <translation>la protezione è già abilitata</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protection is being disabled</source>
            <translation>la protezione è in corso di disabilitazione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resume replication first</source>
            <translation>riprendi prima la replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resync-required</source>
            <translation>risincronizzazione necessaria</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resynchronize it first</source>
            <translation>risincronizza prima</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resynchronizing</source>
            <translation>risincronizzazione in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry enabling protection first</source>
            <translation>riprova prima ad abilitare la protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry reverse replication first</source>
            <translation>riprova prima la replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry with an unplanned failover, or cancel the failover</source>
            <translation>riprova con un failover non pianificato o annulla il failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>reverse-replicating</source>
            <translation>replica inversa in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>reverse-replication-failed</source>
            <translation>replica inversa non riuscita</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>running</source>
            <translation>in esecuzione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>start reverse replication first</source>
            <translation>avvia prima la replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the failover did not finish — retry it as an unplanned failover, or cancel it</source>
            <translation>il failover non è terminato — riprova come failover non pianificato o annulla il failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the failover is already committed</source>
            <translation>il commit del failover è già stato eseguito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no complete copy yet — wait for reverse replication to finish</source>
            <translation>l'altro sito non ha ancora una copia completa — attendi il termine della replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no complete copy — retry reverse replication first</source>
            <translation>l'altro sito non ha una copia completa — riprova prima la replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no replica until reverse replication</source>
            <translation>l'altro sito non ha una replica fino alla replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no failover to reverse</source>
            <translation>non c'è alcun failover da invertire</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no uncommitted failover</source>
            <translation>non c'è alcun failover senza commit</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is nothing to clean up</source>
            <translation>non c'è nulla da pulire</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for initial replication to finish</source>
            <translation>attendi il termine della replica iniziale</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for protection to be disabled</source>
            <translation>attendi la disabilitazione della protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for protection to be enabled</source>
            <translation>attendi l'abilitazione della protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for resynchronization to finish</source>
            <translation>attendi il termine della risincronizzazione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for reverse replication to finish</source>
            <translation>attendi il termine della replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the cleanup to finish</source>
            <translation>attendi il termine della pulizia</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the failover to finish</source>
            <translation>attendi il termine del failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the running drill to finish</source>
            <translation>attendi il termine dell'esercitazione in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the test failover to finish first</source>
            <translation>attendi prima il termine del failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; its test failover is {2}: {3}.</source>
            <translation>«{0}» richiede {1}; il suo failover di test è «{2}»: {3}.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; this one is {2}: {3}.</source>
            <translation>«{0}» richiede {1}; il suo stato è «{2}»: {3}.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; this one is {2}.</source>
            <translation>«{0}» richiede {1}; il suo stato è «{2}».</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} can't run while {1}.</source>
            <translation>«{0}» non può essere eseguito ora: {1}.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Plan name</source>
            <translation>Nome del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>e.g. ERP estate</source>
            <translation>ad es. Ambiente ERP</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Plan &amp;name:</source>
            <translation>&amp;Nome del piano:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>What the plan recovers, and who owns it</source>
            <translation>Cosa ripristina il piano e chi ne è responsabile</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Descrizione:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Why the plan cannot be saved</source>
            <translation>Perché il piano non può essere salvato</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The control plane's answer</source>
            <translation>La risposta del piano di controllo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Protected VMs — drag into a group</source>
            <translation>VM protette — trascina in un gruppo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Filter the protected VMs</source>
            <translation>Filtra le VM protette</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Filter by name</source>
            <translation>Filtra per nome</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Protected VMs</source>
            <translation>VM protette</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Add to group →</source>
            <translation>&amp;Aggiungi al gruppo →</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Add the selected VMs to the selected group</source>
            <translation>Aggiungi le VM selezionate al gruppo selezionato</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>No protected VMs yet: protect VMs first, then add them here.</source>
            <translation>Ancora nessuna VM protetta: proteggi prima le VM, poi aggiungile qui.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Groups run in order; the VMs of a group in parallel</source>
            <translation>I gruppi vengono eseguiti in ordine; le VM di un gruppo in parallelo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Groups of the plan</source>
            <translation>Gruppi del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>+ &amp;Group</source>
            <translation>+ &amp;Gruppo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Add a group at the end</source>
            <translation>Aggiungi un gruppo alla fine</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>▲ &amp;Up</source>
            <translation>▲ &amp;Su</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Run the selected group earlier</source>
            <translation>Esegui prima il gruppo selezionato</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>▼ D&amp;own</source>
            <translation>▼ &amp;Giù</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Run the selected group later</source>
            <translation>Esegui dopo il gruppo selezionato</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Remove</source>
            <translation>&amp;Rimuovi</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Remove the selected VM or group</source>
            <translation>Rimuovi la VM o il gruppo selezionato</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Select the group to add the VMs to.</source>
            <translation>Seleziona il gruppo a cui aggiungere le VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Select VMs in the list first.</source>
            <translation>Seleziona prima le VM nell'elenco.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>… and {0} more</source>
            <translation>… e altri {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Cannot save yet:</source>
            <translation>Impossibile salvare per ora:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>new plan</source>
            <translation>nuovo piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>New recovery plan — {0}{1}</source>
            <translation>Nuovo piano di ripristino — {0}{1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Recovery plan — {0}{1}</source>
            <translation>Piano di ripristino — {0}{1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Saving…</source>
            <translation>Salvataggio…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The control plane refused the plan:</source>
            <translation>Il piano di controllo ha rifiutato il piano:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Saved.</source>
            <translation>Salvato.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The plan has changes that are not saved. Close and discard them?</source>
            <translation>Il piano ha modifiche non salvate. Chiudere e scartarle?</translation>
        </message>
    </context>
    <context>
        <name>PlanMenu</name>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>Recovery &amp;plans</source>
            <translation>Piani di &amp;ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;New plan…</source>
            <translation>&amp;Nuovo piano…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;Edit plan</source>
            <translation>&amp;Modifica piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;Follow a plan job</source>
            <translation>&amp;Segui un processo del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>No recovery plans yet</source>
            <translation>Ancora nessun piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>{0}  ({1})</source>
            <translation>{0}  ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>No plan jobs</source>
            <translation>Nessun processo del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>{0} of {1} — {2}</source>
            <translation>{0} di {1} — {2}</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Choose the recovery plan to drill</source>
            <translation>Scegli il piano di ripristino da esercitare</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>The drill starts a test failover of every VM of the plan into the isolated test network. Replication goes on; production is not touched.</source>
            <translation>L'esercitazione avvia un failover di test di ogni VM del piano nella rete di test isolata. La replica continua; la produzione non viene toccata.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Recovery plan</source>
            <translation>Piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>&amp;Recovery plan:</source>
            <translation>&amp;Piano di ripristino:</translation>
        </message>
    </context>
    <context>
        <name>PlanRules</name>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The plan needs a name.</source>
            <translation>Il piano deve avere un nome.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The name is longer than {0} characters.</source>
            <translation>Il nome supera i {0} caratteri.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>A recovery plan named '{0}' exists already.</source>
            <translation>Esiste già un piano di ripristino denominato '{0}'.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The description is longer than 2000 characters.</source>
            <translation>La descrizione supera i 2000 caratteri.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The plan needs at least one group.</source>
            <translation>Il piano deve avere almeno un gruppo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>A plan has at most {0} groups.</source>
            <translation>Un piano ha al massimo {0} gruppi.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Group {0}</source>
            <translation>Gruppo {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0} needs a name.</source>
            <translation>{0} deve avere un nome.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>not a protected item: protect it first</source>
            <translation>non è un elemento protetto: proteggilo prima</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: {1} is not a protected item; protect it first.</source>
            <translation>{0}: {1} non è un elemento protetto; proteggilo prima.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>in group {0} already: a VM goes in one group only</source>
            <translation>già nel gruppo {0}: una VM va in un solo gruppo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: {1} is in group {2} already; a VM goes in one group only.</source>
            <translation>{0}: {1} è già nel gruppo {2}; una VM va in un solo gruppo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Add at least one protected VM to a group.</source>
            <translation>Aggiungi almeno una VM protetta a un gruppo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>an action</source>
            <translation>un'azione</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: an action needs a name.</source>
            <translation>{0}: un'azione deve avere un nome.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: script '{1}' needs a command.</source>
            <translation>{0}: lo script '{1}' richiede un comando.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the command of '{1}' is too long.</source>
            <translation>{0}: il comando di '{1}' è troppo lungo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the timeout of '{1}' must be 1 s to 24 h.</source>
            <translation>{0}: il timeout di '{1}' deve essere compreso tra 1 s e 24 h.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: manual step '{1}' needs instructions for the operator.</source>
            <translation>{0}: il passaggio manuale '{1}' richiede istruzioni per l'operatore.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the instructions of '{1}' are too long.</source>
            <translation>{0}: le istruzioni di '{1}' sono troppo lunghe.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Group {0}: {1}</source>
            <translation>Gruppo {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Script {0}</source>
            <translation>Script {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Manual step {0}</source>
            <translation>Passaggio manuale {0}</translation>
        </message>
    </context>
    <context>
        <name>PlanRunView</name>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Groups, VMs and steps of the plan job</source>
            <translation>Gruppi, VM e passaggi del processo del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Group / VM / step</source>
            <translation>Gruppo / VM / passaggio</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Started</source>
            <translation>Avviata</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Detail</source>
            <translation>Dettaglio</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel plan job</source>
            <translation>Annulla processo del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel the plan job</source>
            <translation>Annulla il processo del piano</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Close this view; the job goes on</source>
            <translation>Chiudi questa vista; il processo continua</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Could not read the job: {0}</source>
            <translation>Impossibile leggere il processo: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} of plan {1} — {2}</source>
            <translation>{0} del piano {1} — {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Recovery plan job</source>
            <translation>Processo del piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Waiting for the job to arrive…</source>
            <translation>In attesa dell'arrivo del processo…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Started by {0}</source>
            <translation>Avviato da {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>, at {0}</source>
            <translation>, a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Job {0}</source>
            <translation>Processo {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>The job has ended: {0}.</source>
            <translation>Il processo è terminato: {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Group {0}</source>
            <translation>Gruppo {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Before</source>
            <translation>Prima</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>After</source>
            <translation>Dopo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>script</source>
            <translation>script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>manual</source>
            <translation>manuale</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} ({1}): {2}</source>
            <translation>{0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>VMs in parallel ({0})</source>
            <translation>VM in parallelo ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not started</source>
            <translation>Non avviato</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>In progress</source>
            <translation>In corso</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Waiting for you</source>
            <translation>In attesa di te</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Succeeded</source>
            <translation>Riuscito</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Failed</source>
            <translation>Non riuscito</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not run</source>
            <translation>Non eseguito</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not connected to the control plane.</source>
            <translation>Non connesso al piano di controllo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Resuming the plan…</source>
            <translation>Ripresa del piano…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancelling the plan job…</source>
            <translation>Annullamento del processo del piano…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>The control plane refused: {0}</source>
            <translation>Il piano di controllo ha rifiutato: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Resumed: the plan goes on.</source>
            <translation>Ripreso: il piano continua.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel requested: the job stops at its next step.</source>
            <translation>Annullamento richiesto: il processo si ferma al passaggio successivo.</translation>
        </message>
    </context>
    <context>
        <name>ProtectedVmsModel</name>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0}  — in group {1}</source>
            <translation>{0}  — nel gruppo {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0}: {1}. Drag it into a group.</source>
            <translation>{0}: {1}. Trascinala in un gruppo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} is in group {1} already; a VM goes in one group only.</source>
            <translation>{0} è già nel gruppo {1}; una VM va in un solo gruppo.</translation>
        </message>
    </context>
    <context>
        <name>ReplicationState</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not protected</source>
            <translation>Non protetto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enabling protection</source>
            <translation>Abilitazione della protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication</source>
            <translation>Replica iniziale</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Protected</source>
            <translation>Protetto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resync required</source>
            <translation>Risincronizzazione necessaria</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronizing</source>
            <translation>Risincronizzazione in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Paused</source>
            <translation>Sospeso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover in progress</source>
            <translation>Failover in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed over</source>
            <translation>Failover eseguito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover committed</source>
            <translation>Commit del failover eseguito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replicating</source>
            <translation>Replica inversa in corso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disabling protection</source>
            <translation>Disabilitazione della protezione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection failed</source>
            <translation>Abilitazione della protezione non riuscita</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover failed</source>
            <translation>Failover non riuscito</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication failed</source>
            <translation>Replica inversa non riuscita</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Drill report</source>
            <translation>Report dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open &amp;PDF</source>
            <translation>Apri &amp;PDF</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open &amp;HTML</source>
            <translation>Apri &amp;HTML</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open the &amp;folder</source>
            <translation>Apri la &amp;cartella</translation>
        </message>
    </context>
    <context>
        <name>StepList</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Drill steps</source>
            <translation>Passaggi dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>1. Recovery plan</source>
            <translation>1. Piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>2. Pre-checks</source>
            <translation>2. Controlli preliminari</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>3. Test failover</source>
            <translation>3. Failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>4. Verify</source>
            <translation>4. Verifica</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>5. Clean up</source>
            <translation>5. Pulizia</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>6. Report</source>
            <translation>6. Report</translation>
        </message>
    </context>
    <context>
        <name>StepText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the source VM</source>
            <translation>Arresta la VM di origine</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replicate the last changes</source>
            <translation>Replica le ultime modifiche</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the replica</source>
            <translation>Avvia la replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the test VM from a recovery point</source>
            <translation>Avvia la VM di test da un punto di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Remove the test VM</source>
            <translation>Rimuovi la VM di test</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the source and replicate (best effort)</source>
            <translation>Arresta l'origine e replica (per quanto possibile)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the replica from the recovery point</source>
            <translation>Avvia la replica dal punto di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Fence the old copy</source>
            <translation>Isola la vecchia copia</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit the failover</source>
            <translation>Esegui il commit del failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change the recovery point</source>
            <translation>Cambia il punto di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel the failover</source>
            <translation>Annulla il failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize from the active side</source>
            <translation>Risincronizza dal lato attivo</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Replica inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize the replica</source>
            <translation>Risincronizza la replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Sospendi replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Riprendi replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Prepare the replica on the recovery host</source>
            <translation>Prepara la replica sull'host di ripristino</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Wait for the scheduled start at {start_time}</source>
            <translation>Attendi l'avvio pianificato alle {start_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication</source>
            <translation>Replica iniziale</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Stop replication</source>
            <translation>Arresta la replica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the VMs</source>
            <translation>Arresta le VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: before — {action}</source>
            <translation>Gruppo {group}: prima — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): before — {action}</source>
            <translation>Gruppo {group} ({group_name}): prima — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: {operation} of {count} VM(s)</source>
            <translation>Gruppo {group}: {operation} di {count} VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): {operation} of {count} VM(s)</source>
            <translation>Gruppo {group} ({group_name}): {operation} di {count} VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: after — {action}</source>
            <translation>Gruppo {group}: dopo — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): after — {action}</source>
            <translation>Gruppo {group} ({group_name}): dopo — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test VM {test_vm} started from the point of {point_time}.</source>
            <translation>VM di test {test_vm} avviata dal punto delle {point_time}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Removed {count} object(s) the test failover created.</source>
            <translation>Rimossi {count} oggetti creati dal failover di test.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source VM is shut down.</source>
            <translation>La VM di origine è arrestata.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The last changes are replicated.</source>
            <translation>Le ultime modifiche sono replicate.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Skipped: the operator chose not to shut the source down.</source>
            <translation>Saltato: l'operatore ha scelto di non arrestare l'origine.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source was shut down and its last changes replicated.</source>
            <translation>L'origine è stata arrestata e le sue ultime modifiche replicate.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source could not be reached ({error}); failing over without it.</source>
            <translation>Impossibile raggiungere l'origine ({error}); failover senza di essa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); writes lost: {writes_lost}.</source>
            <translation>Avviata dal punto delle {point_time} ({point_kind}); scritture perse: {writes_lost}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); nothing lost: the source was shut down and its last changes replicated first.</source>
            <translation>Avviata dal punto delle {point_time} ({point_kind}); nulla perso: l'origine è stata prima arrestata e le sue ultime modifiche replicate.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); the writes after it up to {writes_until} are lost, {unreplicated_bytes} of them never replicated.</source>
            <translation>Avviata dal punto delle {point_time} ({point_kind}); le scritture successive fino alle {writes_until} sono perse, di cui {unreplicated_bytes} mai replicati.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The old copy is fenced: it will not start again when its site returns.</source>
            <translation>La vecchia copia è isolata: non si riavvierà quando il suo sito tornerà.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Committed: the other recovery points are discarded.</source>
            <translation>Commit eseguito: gli altri punti di ripristino sono eliminati.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Now running from the point of {point_time}.</source>
            <translation>Ora in esecuzione dal punto delle {point_time}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover cancelled: the VM runs on its original side again.</source>
            <translation>Failover annullato: la VM è di nuovo in esecuzione sul lato originale.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed ({bytes_shipped} shipped); replicating in the new direction.</source>
            <translation>Risincronizzato: {blocks_shipped} di {blocks_compared} blocchi erano diversi ({bytes_shipped} inviati); replica nella nuova direzione.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication paused; writes keep collecting and ship on resume.</source>
            <translation>Replica sospesa; le scritture si accumulano e vengono inviate alla ripresa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication resumed.</source>
            <translation>Replica ripresa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed ({bytes_shipped} shipped).</source>
            <translation>Risincronizzato: {blocks_shipped} di {blocks_compared} blocchi erano diversi ({bytes_shipped} inviati).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replica prepared on {host}.</source>
            <translation>Replica preparata su {host}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The policy starts the initial copy at {start_time}; waiting.</source>
            <translation>Il criterio avvia la copia iniziale alle {start_time}; in attesa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The scheduled start has come.</source>
            <translation>È arrivato l'avvio pianificato.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication complete; delta replication runs from now on.</source>
            <translation>Replica iniziale completata; da ora è attiva la replica delta.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication stopped, replica deleted.</source>
            <translation>Replica arrestata, copia replica eliminata.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication stopped; the replica is kept.</source>
            <translation>Replica arrestata; la copia replica viene conservata.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting for an operator: {instructions}</source>
            <translation>In attesa di un operatore: {instructions}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resumed by an operator.</source>
            <translation>Ripreso da un operatore.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>FAILED: {error}</source>
            <translation>NON RIUSCITO: {error}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery address {address} (per-VM rule).</source>
            <translation>Indirizzo di ripristino {address} (regola per VM).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery address {address} (subnet rule {rule_from} → {rule_to}).</source>
            <translation>Indirizzo di ripristino {address} (regola di subnet {rule_from} → {rule_to}).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Keeps its address {address}.</source>
            <translation>Mantiene il suo indirizzo {address}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Keeps its address (it reports none).</source>
            <translation>Mantiene il suo indirizzo (non ne segnala alcuno).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: the VM is attached to no network.</source>
            <translation>Nessun indirizzo di ripristino: la VM non è collegata ad alcuna rete.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: its network has no network mapping.</source>
            <translation>Nessun indirizzo di ripristino: la sua rete non ha un mapping di rete.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: the VM reports none and no per-VM rule names one.</source>
            <translation>Nessun indirizzo di ripristino: la VM non ne segnala alcuno e nessuna regola per VM ne indica uno.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: no rule of its network mapping covers {address}.</source>
            <translation>Nessun indirizzo di ripristino: nessuna regola del suo mapping di rete copre {address}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Summary</source>
            <translation>Riepilogo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Protected VMs by health</source>
            <translation>VM protette per integrità</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Critical</source>
            <translation>Critico</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Warning</source>
            <translation>Avviso</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Not protected</source>
            <translation>Non protetto</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Pairings and policies</source>
            <translation>Associazioni e criteri</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Needs attention</source>
            <translation>Richiede attenzione</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>VMs that need attention</source>
            <translation>VM che richiedono attenzione</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Health</source>
            <translation>Integrità</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>(no longer in the vault)</source>
            <translation>(non più nell'insieme di credenziali)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Vault</source>
            <translation>Insieme di credenziali</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Site</source>
            <translation>Sito</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>No cloud pairing involves it.</source>
            <translation>Nessuna associazione di cloud lo coinvolge.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source> (embedded lab)</source>
            <translation> (laboratorio integrato)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Control plane {0}{1}, version {2}: {3} sites, {4} VMs</source>
            <translation>Piano di controllo {0}{1}, versione {2}: {3} siti, {4} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>up</source>
            <translation>attivo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>DOWN</source>
            <translation>NON DISPONIBILE</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>provider connected, last heartbeat {0}</source>
            <translation>provider connesso, ultimo heartbeat {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>provider DISCONNECTED since {0}</source>
            <translation>provider DISCONNESSO dalle {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} · site {1} · VMM server {2}: {3} · {4} clouds, {5} VMs</source>
            <translation>{0} · sito {1} · server VMM {2}: {3} · {4} cloud, {5} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} hosts, {1} VMs</source>
            <translation>{0} host, {1} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>agent {0} connected, last heartbeat {1}</source>
            <translation>agente {0} connesso, ultimo heartbeat {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>agent {0} DISCONNECTED since {1}</source>
            <translation>agente {0} DISCONNESSO dalle {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} · {1} VMs</source>
            <translation>{0} · {1} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Under {0} % free. When it is full, replication to and from this host pauses (and resumes when space returns): free space on it or add storage.</source>
            <translation>Meno del {0} % libero. Quando l'archiviazione è piena, la replica da e verso questo host viene sospesa (e riprende quando torna lo spazio): libera spazio sull'host o aggiungi spazio di archiviazione.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>As last reported: the agent is disconnected.</source>
            <translation>Ultimo valore segnalato: l'agente è disconnesso.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0}: copy every {1}, keep {2} h of points, app-consistent every {3} h</source>
            <translation>{0}: copia ogni {1}, conserva {2} h di punti, coerente con l'app ogni {3} h</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Theme</source>
            <translation>Te&amp;ma</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Light</source>
            <translation>&amp;Chiaro</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Dark</source>
            <translation>&amp;Scuro</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;System</source>
            <translation>&amp;Sistema</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Show console</source>
            <translation>Mostra console</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: not connected (showing the last known state)</source>
            <translation>Standby: non connesso (ultimo stato noto)</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: all protected VMs healthy</source>
            <translation>Standby: tutte le VM protette sono integre</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: warnings need attention</source>
            <translation>Standby: avvisi che richiedono attenzione</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: critical — see the console</source>
            <translation>Standby: critico — vedi la console</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Site {0} is down</source>
            <translation>Il sito {0} non è disponibile</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Protection is at risk for {0} protected VMs replicating there: their changes are not replicated, and they cannot fail over there.</source>
            <translation>La protezione è a rischio per {0} VM protette che replicano lì: le loro modifiche non vengono replicate e non è possibile eseguire il failover verso quel sito.</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Protection at risk</source>
            <translation>Protezione a rischio</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Critical alert</source>
            <translation>Avviso critico</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>{0} critical alerts</source>
            <translation>{0} avvisi critici</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Latest: {0}</source>
            <translation>Ultimo: {0}</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Verify the test VMs</source>
            <translation>Verifica le VM di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Each test VM's recovery point is proven consistent by the estate's own checks (a file system check and the guest's own log, or the lab's auditor). Tick each item once you have verified it.</source>
            <translation>Il punto di ripristino di ogni VM di test è dimostrato coerente dai controlli propri dell'ambiente (una verifica del file system e il registro del guest, o il revisore del lab). Spunta ogni voce dopo averla verificata.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test VMs</source>
            <translation>VM di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Group</source>
            <translation>Gruppo</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test VM</source>
            <translation>VM di test</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Recovery point</source>
            <translation>Punto di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Consistency proof</source>
            <translation>Prova di coerenza</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Checklist</source>
            <translation>Elenco di controllo</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Another item to verify…</source>
            <translation>Un'altra voce da verificare…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>&amp;Add</source>
            <translation>&amp;Aggiungi</translation>
        </message>
    </context>
    <context>
        <name>VmPane</name>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>VM details</source>
            <translation>Dettagli VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Replication</source>
            <translation>Replica</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Test failover</source>
            <translation>Failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Active location</source>
            <translation>Posizione attiva</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Last replication</source>
            <translation>Ultima replica</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Pending</source>
            <translation>In sospeso</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Throughput</source>
            <translation>Velocità effettiva</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Cycles</source>
            <translation>Cicli</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Policy</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Source → target</source>
            <translation>Origine → destinazione</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Power</source>
            <translation>Alimentazione</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Addresses</source>
            <translation>Indirizzi</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>At failover</source>
            <translation>Al failover</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Recovery points</source>
            <translation>Punti di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Could not fetch the history: {0}</source>
            <translation>Impossibile recuperare la cronologia: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>(VM no longer in the vault)</source>
            <translation>(VM non più nell'insieme di credenziali)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Not protected</source>
            <translation>Non protetto</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>This VM is not protected. Use “Enable protection” from its menu.</source>
            <translation>Questa VM non è protetta. Usa «Abilita protezione» dal suo menu.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>none yet: the initial copy is under way</source>
            <translation>nessuno ancora: la prima copia è in corso</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>unknown: no recovery point yet</source>
            <translation>sconosciuto: nessun punto di ripristino ancora</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0}  (reverse replication under way: judged once it completes)</source>
            <translation>{0}  (replica inversa in corso: valutato al termine)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: protection is being enabled; the initial copy starts next.</source>
            <translation>Nessun problema: la protezione è in fase di abilitazione; la prima copia parte subito dopo.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: the initial copy is under way; the VM is protected from its first recovery point on.</source>
            <translation>Nessun problema: la prima copia è in corso; la VM è protetta dal primo punto di ripristino in poi.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: reverse replication is under way.</source>
            <translation>Nessun problema: replica inversa in corso.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems.</source>
            <translation>Nessun problema.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0}  (target {1}, warning above {2})</source>
            <translation>{0}  (obiettivo {1}, avviso oltre {2})</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} successful, {1} missed</source>
            <translation>{0} riusciti, {1} mancati</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} ago</source>
            <translation>{0} fa</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Crash consistent</source>
            <translation>Coerente con l'arresto anomalo</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>App consistent</source>
            <translation>Coerente con l'app</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Running</source>
            <translation>In esecuzione</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Off</source>
            <translation>Spento</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Primary</source>
            <translation>Primario</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery</source>
            <translation>Ripristino</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>crash-consistent</source>
            <translation>coerente con l'arresto anomalo</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>app-consistent</source>
            <translation>coerente con l'app</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>Recovery plan</source>
            <translation>Piano di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VMs</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit the failover</source>
            <translation>Esegui il commit del failover</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit</source>
            <translation>Esegui il commit</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Keep the point each VM runs from.</source>
            <translation>Mantieni il punto da cui viene eseguita ogni VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit discards the other recovery points: afterwards the recovery point can no longer be changed and the failover can no longer be cancelled.</source>
            <translation>Il commit elimina gli altri punti di ripristino: in seguito il punto di ripristino non può più essere cambiato e il failover non può più essere annullato.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Operation</source>
            <translation>Operazione</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>runs from {0}</source>
            <translation>in esecuzione da {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Change recovery point</source>
            <translation>Cambia punto di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Another recovery point</source>
            <translation>Un altro punto di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The VM restarts from the point you choose; the failover stays uncommitted.</source>
            <translation>La VM si riavvia dal punto scelto; il failover resta senza commit.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Runs now from</source>
            <translation>Ora in esecuzione da</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Review</source>
            <translation>Riepilogo</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The VM is restarted: it is down for a moment.</source>
            <translation>La VM viene riavviata: resta inattiva per un momento.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Reverse replication</source>
            <translation>Replica inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Start reverse replication</source>
            <translation>Avvia replica inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} write(s)</source>
            <translation>{0} scrittura/e</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} of data</source>
            <translation>{0} di dati</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} on the other side would be discarded</source>
            <translation>{0} sull'altro lato verrebbe scartato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Writes on the other side</source>
            <translation>Scritture sull'altro lato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Reverse replication makes the other side a replica of the active one.</source>
            <translation>La replica inversa rende l'altro lato una replica di quello attivo.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>No writes would be discarded: nothing to confirm.</source>
            <translation>Nessuna scrittura verrebbe scartata: niente da confermare.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>plan</source>
            <translation>piano</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Writes that would be discarded</source>
            <translation>Scritture che verrebbero scartate</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Type the {0} name to discard them</source>
            <translation>Digita il nome di {0} per scartarle</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} made on the other side after the failover point never reached the active side. Reverse replication overwrites it for good.</source>
            <translation>{0} effettuato sull'altro lato dopo il punto di failover non ha mai raggiunto il lato attivo. La replica inversa lo sovrascrive definitivamente.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Type {0} exactly to accept losing {1}.</source>
            <translation>Digita {0} esattamente per accettare la perdita di {1}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Discarded on the other side</source>
            <translation>Scartato sull'altro lato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Failback</source>
            <translation>Failback</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Start failback</source>
            <translation>Avvia failback</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 1 of 2: planned failover back to {0}</source>
            <translation>Passaggio 1 di 2: failover pianificato di ritorno a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The plan's VMs are shut down where they run now, their last changes replicated, then started at {0}: no data loss.</source>
            <translation>Le VM del piano vengono arrestate dove sono in esecuzione, le ultime modifiche replicate, poi avviate su {0}: nessuna perdita di dati.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} is shut down where it runs now, its last changes replicated, then started at {1}: no data loss.</source>
            <translation>{0} viene arrestata dove è in esecuzione, le ultime modifiche replicate, poi avviata su {1}: nessuna perdita di dati.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 2 of 2: reverse replication</source>
            <translation>Passaggio 2 di 2: replica inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Then replication runs from {0} to the recovery site again.</source>
            <translation>Poi la replica riprende da {0} verso il sito di ripristino.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Only the blocks that differ are shipped. After a planned failover no write is discarded.</source>
            <translation>Vengono inviati solo i blocchi diversi. Dopo un failover pianificato nessuna scrittura viene scartata.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Down from the shutdown until running at {0}.</source>
            <translation>Inattiva dall'arresto fino all'esecuzione su {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 1</source>
            <translation>Passaggio 1</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>planned failover back to {0}</source>
            <translation>failover pianificato di ritorno a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 2</source>
            <translation>Passaggio 2</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>reverse replication</source>
            <translation>replica inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss</source>
            <translation>Perdita di dati prevista</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>none (the source is shut down and synced first)</source>
            <translation>nessuna (l'origine viene prima arrestata e sincronizzata)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <source>{0} of {1}: job {2} started.</source>
            <translation>{0} di {1}: processo {2} avviato.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery address</source>
            <translation>Indirizzo di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point</source>
            <translation>Punto di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Listed point</source>
            <translation>Punto dall'elenco</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Newest first: time, kind and age of each point.</source>
            <translation>Prima i più recenti: ora, tipo ed età di ogni punto.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Each VM starts from</source>
            <translation>Ogni VM si avvia da</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>no such point</source>
            <translation>punto inesistente</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Choose a point from the list.</source>
            <translation>Scegli un punto dall'elenco.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0} has no such recovery point: choose another.</source>
            <translation>{0} non ha questo punto di ripristino: scegline un altro.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest</source>
            <translation>Più recente</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest processed</source>
            <translation>Ultimo elaborato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest app-consistent</source>
            <translation>Ultimo coerente con l'app</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>its source host is not in the inventory</source>
            <translation>l'host di origine non è nell'inventario</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <source>the site {0} is down</source>
            <translation>il sito {0} non è disponibile</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>the host agent of {0} does not answer</source>
            <translation>l'agente host di {0} non risponde</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Test failover</source>
            <translation>Failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start test failover</source>
            <translation>Avvia failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Isolated: the test VM cannot reach production.</source>
            <translation>Isolata: la VM di test non può raggiungere la produzione.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Not isolated: the test VM would share a network with production.</source>
            <translation>Non isolata: la VM di test condividerebbe una rete con la produzione.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point and network</source>
            <translation>Punto di ripristino e rete</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>The test VM starts from this point, in this network; replication goes on.</source>
            <translation>La VM di test si avvia da questo punto, in questa rete; la replica continua.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0} is not an isolated test network: the test VM will run beside the production VM with the same identity.</source>
            <translation>{0} non è una rete di test isolata: la VM di test verrà eseguita accanto alla VM di produzione con la stessa identità.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Network</source>
            <translation>Rete</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start the test failover; the jobs pane follows it.</source>
            <translation>Avvia il failover di test; il riquadro dei processi lo segue.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Clean the test up afterwards: a drill counts only after its cleanup.</source>
            <translation>Esegui poi la pulizia del test: un'esercitazione conta solo dopo la pulizia.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Choose the network the test VM starts in.</source>
            <translation>Scegli la rete in cui si avvia la VM di test.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Test failover cleanup</source>
            <translation>Pulizia del failover di test</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Clean up</source>
            <translation>Pulizia</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>What did the test show?</source>
            <translation>Cosa ha mostrato il test?</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Cleanup removes only what the test created; your notes go into its record.</source>
            <translation>La pulizia rimuove solo ciò che il test ha creato; le note finiscono nel suo registro.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>e.g. SQL started, orders readable, web front end OK.</source>
            <translation>ad es. SQL avviato, ordini leggibili, front-end web OK.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes are required: say what the test showed.</source>
            <translation>Le note sono obbligatorie: indica cosa ha mostrato il test.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes are limited to 4000 characters.</source>
            <translation>Le note sono limitate a 4000 caratteri.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Planned failover</source>
            <translation>Failover pianificato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start planned failover</source>
            <translation>Avvia failover pianificato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ source reachable</source>
            <translation>✓ origine raggiungibile</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ recovery host reachable</source>
            <translation>✓ host di ripristino raggiungibile</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>replication is critical</source>
            <translation>la replica è critica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>⚠ replication healthy enough, RPO {0} ({1})</source>
            <translation>⚠ replica sufficientemente integra, RPO {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>warning</source>
            <translation>avviso</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ replication healthy (no recovery point yet this way round)</source>
            <translation>✓ replica integra (ancora nessun punto di ripristino in questa direzione)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ replication healthy, RPO {0}</source>
            <translation>✓ replica integra, RPO {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Pre-checks</source>
            <translation>Controlli preliminari</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>A planned failover needs its source and its recovery host reachable and replication healthy.</source>
            <translation>Un failover pianificato richiede che l'origine e l'host di ripristino siano raggiungibili e che la replica sia integra.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Checked just now</source>
            <translation>Controllato ora</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>When the source site is down or replication is critical, use an unplanned failover instead.</source>
            <translation>Se il sito di origine non è disponibile o la replica è critica, usa invece un failover non pianificato.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>No data loss: the source will be shut down, its last changes replicated, then the replica started. The VMs are down until their replicas run.</source>
            <translation>Nessuna perdita di dati: l'origine verrà arrestata, le ultime modifiche replicate, poi avviata la replica. Le VM restano inattive finché le repliche non sono in esecuzione.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Fails over to</source>
            <translation>Failover verso</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Unplanned failover</source>
            <translation>Failover non pianificato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start unplanned failover</source>
            <translation>Avvia failover non pianificato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>unknown: a VM has no such recovery point</source>
            <translation>sconosciuta: una VM non ha questo punto di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>none expected, if the source can be shut down and synced</source>
            <translation>nessuna prevista, se l'origine può essere arrestata e sincronizzata</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>up to {0} of writes</source>
            <translation>fino a {0} di scritture</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source> and {0} never replicated</source>
            <translation> e {0} mai replicati</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point and expected data loss</source>
            <translation>Punto di ripristino e perdita di dati prevista</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>The replica starts from this point; later writes are lost.</source>
            <translation>La replica si avvia da questo punto; le scritture successive vanno perse.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>source unreachable ({0})</source>
            <translation>origine non raggiungibile ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>source reachable</source>
            <translation>origine raggiungibile</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0}; {1}; loses {2}</source>
            <translation>{0}; {1}; perde {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>First shut down the source and replicate its last changes (best effort)</source>
            <translation>Prima arresta l'origine e replica le ultime modifiche (se possibile)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>If the source cannot be reached, the failover goes on without it.</source>
            <translation>Se l'origine non è raggiungibile, il failover prosegue senza.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss: {0}.</source>
            <translation>Perdita di dati prevista: {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Figures as of {0}.</source>
            <translation>Valori aggiornati alle {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss: {0}. The old copy is fenced: it will not start again when its site returns, and nothing replicates back until reverse replication.</source>
            <translation>Perdita di dati prevista: {0}. La vecchia copia viene isolata: non si riavvierà quando il suo sito torna disponibile e nulla viene replicato indietro fino alla replica inversa.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>yes (best effort)</source>
            <translation>sì (se possibile)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Shut down the source first</source>
            <translation>Arresta prima l'origine</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The protected item {0} is gone.</source>
            <translation>L'elemento protetto {0} non esiste più.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The recovery plan {0} is gone.</source>
            <translation>Il piano di ripristino {0} non esiste più.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>its agent is disconnected</source>
            <translation>il suo agente è disconnesso</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>it has received no recovery point yet</source>
            <translation>non ha ancora ricevuto alcun punto di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>the last point it received is from {0}</source>
            <translation>l'ultimo punto ricevuto è delle {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>the recovery host {0} is unreachable ({1}): a failover cannot start there until it returns; {2}.</source>
            <translation>l'host di ripristino {0} non è raggiungibile ({1}): un failover non può avviarsi lì finché non torna disponibile; {2}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The plan has no protected items: edit the plan first.</source>
            <translation>Il piano non ha elementi protetti: modifica prima il piano.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules of {0}</source>
            <translation>Regole IP di {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Save rules</source>
            <translation>Salva regole</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules</source>
            <translation>Regole IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Where VMs of {0} get their addresses at a failover. One rule a line; a per-VM rule wins over a subnet rule; without rules VMs keep their addresses.</source>
            <translation>Dove le VM di {0} ottengono gli indirizzi con un failover. Una regola per riga; una regola per VM prevale su una regola di subnet; senza regole le VM mantengono i loro indirizzi.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Subnet rules</source>
            <translation>Regole di subnet</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>PRIMARY=RECOVERY subnet, the host part kept, then optionally ,gateway=IP and ,dns=IP</source>
            <translation>Subnet PRIMARIA=RIPRISTINO, la parte host mantenuta, poi facoltativamente ,gateway=IP e ,dns=IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Per-VM rules</source>
            <translation>Regole per VM</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>VM=ADDRESS with its prefix length, then optionally ,gateway=IP</source>
            <translation>VM=INDIRIZZO con la lunghezza del prefisso, poi facoltativamente ,gateway=IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Failovers already started keep the addresses they were started with.</source>
            <translation>I failover già avviati mantengono gli indirizzi con cui sono stati avviati.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Addresses at a failover</source>
            <translation>Indirizzi con un failover</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>no VM named {0}</source>
            <translation>nessuna VM di nome {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, riga {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Rules</source>
            <translation>Regole</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules of {0} saved.</source>
            <translation>Regole IP di {0} salvate.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Pair clouds</source>
            <translation>Associa cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Clouds</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Every VM protected in the primary cloud replicates to the recovery cloud.</source>
            <translation>Ogni VM protetta nel cloud primario viene replicata nel cloud di ripristino.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Primary cloud</source>
            <translation>Cloud primario</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>paired already</source>
            <translation>già associato</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Recovery cloud</source>
            <translation>Cloud di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>on the primary cloud's site</source>
            <translation>sul sito del cloud primario</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Replication policy</source>
            <translation>Criterio di replica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>The policy every VM of the pairing is protected with.</source>
            <translation>Il criterio con cui viene protetta ogni VM dell'associazione.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Policy</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>A new policy: Protection → New replication policy…</source>
            <translation>Un nuovo criterio: Protezione → Nuovo criterio di replica…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>mapped to {0}</source>
            <translation>mappata su {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>(not mapped)</source>
            <translation>(non mappata)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Network mapping</source>
            <translation>Mapping di rete</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Which network a failed-over VM joins at the recovery site.</source>
            <translation>A quale rete si collega una VM dopo il failover nel sito di ripristino.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Test failovers use the recovery site's isolated test network.</source>
            <translation>I failover di test usano la rete di test isolata del sito di ripristino.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose the primary cloud.</source>
            <translation>Scegli il cloud primario.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>This cloud is paired already.</source>
            <translation>Questo cloud è già associato.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose the recovery cloud.</source>
            <translation>Scegli il cloud di ripristino.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>The recovery cloud must be on another site than the primary.</source>
            <translation>Il cloud di ripristino deve trovarsi su un sito diverso da quello primario.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose a replication policy (or create one).</source>
            <translation>Scegli un criterio di replica (o creane uno).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Map {0}</source>
            <translation>Mappa {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>to {0}</source>
            <translation>su {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Clouds paired ({0}).</source>
            <translation>Cloud associati ({0}).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest (apply everything received first: least data lost)</source>
            <translation>Più recente (applica prima tutto ciò che è stato ricevuto: minima perdita di dati)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest processed (start at once: least time)</source>
            <translation>Ultimo elaborato (avvio immediato: tempo minimo)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest app-consistent (applications start clean)</source>
            <translation>Ultimo coerente con l'app (le applicazioni si avviano pulite)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>A point from the list</source>
            <translation>Un punto dall'elenco</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>{0} — {1} — {2} old</source>
            <translation>{0} — {1} — di {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>no such recovery point</source>
            <translation>punto di ripristino inesistente</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>none expected: the source is shut down and its last changes shipped first</source>
            <translation>nessuna prevista: l'origine viene arrestata e le ultime modifiche inviate prima</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>writes of {0}, up to the last contact with the source at {1}</source>
            <translation>scritture di {0}, fino all'ultimo contatto con l'origine alle {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>writes of the last {0}</source>
            <translation>scritture degli ultimi {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>, {0} never replicated</source>
            <translation>, {0} mai replicati</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>No app-consistent recovery point yet.</source>
            <translation>Ancora nessun punto di ripristino coerente con l'app.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>No recovery point yet.</source>
            <translation>Ancora nessun punto di ripristino.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Point age: {0}</source>
            <translation>Età del punto: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Points up to {0} old</source>
            <translation>Punti fino a {0} fa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>scheduled at {0}</source>
            <translation>pianificata alle {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>immediately</source>
            <translation>subito</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Copy frequency</source>
            <translation>Frequenza di copia</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Recovery points kept</source>
            <translation>Punti di ripristino conservati</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>App-consistent points</source>
            <translation>Punti coerenti con l'app</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>every {0} h</source>
            <translation>ogni {0} h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Compression</source>
            <translation>Compressione</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>on</source>
            <translation>attiva</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>off</source>
            <translation>disattivata</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Initial replication starts</source>
            <translation>Avvio della replica iniziale</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>On disable</source>
            <translation>Alla disabilitazione</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>delete the replica</source>
            <translation>elimina la replica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>keep the replica</source>
            <translation>mantieni la replica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Edit replication policy</source>
            <translation>Modifica criterio di replica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>New replication policy</source>
            <translation>Nuovo criterio di replica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Save policy</source>
            <translation>Salva criterio</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Create policy</source>
            <translation>Crea criterio</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Name and recovery points</source>
            <translation>Nome e punti di ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>How often changes are copied and how long recovery points are kept.</source>
            <translation>Ogni quanto vengono copiate le modifiche e per quanto tempo vengono conservati i punti di ripristino.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>e.g. Gold (30 s, 24 h)</source>
            <translation>ad es. Oro (30 s, 24 h)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Lowest RPO; the most traffic.</source>
            <translation>RPO minimo; il traffico maggiore.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The usual choice.</source>
            <translation>La scelta abituale.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>For slow links.</source>
            <translation>Per collegamenti lenti.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Keep recovery points for</source>
            <translation>Conserva i punti di ripristino per</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>0: only the latest point.</source>
            <translation>0: solo il punto più recente.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>App-consistent point every</source>
            <translation>Punto coerente con l'app ogni</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>0: none; never more hours than the points are kept.</source>
            <translation>0: nessuno; mai più ore di quante i punti vengono conservati.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Transfer</source>
            <translation>Trasferimento</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>How replication travels between the hosts.</source>
            <translation>Come viaggia la replica tra gli host.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Compress the changes</source>
            <translation>Comprimi le modifiche</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Delete the replica when protection is disabled</source>
            <translation>Elimina la replica quando la protezione viene disabilitata</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Start</source>
            <translation>Avvio</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Immediately</source>
            <translation>Subito</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The copy starts as soon as protection is enabled.</source>
            <translation>La copia inizia appena la protezione viene abilitata.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>At a set time</source>
            <translation>A un'ora stabilita</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The replica is prepared at once; the copy waits until then (for a quiet link). After that time, copies start at once.</source>
            <translation>La replica viene preparata subito; la copia attende fino ad allora (per un collegamento tranquillo). Dopo quell'ora, le copie iniziano subito.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Start at (UTC)</source>
            <translation>Avvia alle (UTC)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>On the control plane's clock.</source>
            <translation>Secondo l'orologio del piano di controllo.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Initial replication</source>
            <translation>Replica iniziale</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The first full copy of a VM when it gets protected: its disks travel over the replication link (only written blocks).</source>
            <translation>La prima copia completa di una VM quando viene protetta: i suoi dischi viaggiano sul collegamento di replica (solo i blocchi scritti).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Give the policy a name.</source>
            <translation>Assegna un nome al criterio.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The name is limited to 120 characters.</source>
            <translation>Il nome è limitato a 120 caratteri.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>A policy named {0} exists already.</source>
            <translation>Esiste già un criterio denominato {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Choose a copy frequency.</source>
            <translation>Scegli una frequenza di copia.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Keep points 0 to 24 hours.</source>
            <translation>Conserva i punti da 0 a 24 ore.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>An app-consistent point every {0} h would never be kept: points are kept {1} h. Keep them longer or make app-consistent points more often.</source>
            <translation>Un punto coerente con l'app ogni {0} h non verrebbe mai conservato: i punti sono conservati {1} h. Conservali più a lungo o crea più spesso punti coerenti con l'app.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Choose a start in the future.</source>
            <translation>Scegli un avvio nel futuro.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Replication policy {0} created.</source>
            <translation>Criterio di replica {0} creato.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Replication policy {0} saved.</source>
            <translation>Criterio di replica {0} salvato.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Enable protection</source>
            <translation>Abilita protezione</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Cloud pairing</source>
            <translation>Associazione di cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Where the VMs replicate to, and under which policy.</source>
            <translation>Dove vengono replicate le VM e con quale criterio.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Pairing</source>
            <translation>Associazione</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>No pairing for the VMs' cloud? Protection → Pair clouds…</source>
            <translation>Nessuna associazione per il cloud delle VM? Protezione → Associa cloud…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} disk(s), {1}</source>
            <translation>{0} dischi, {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Virtual machines</source>
            <translation>Macchine virtuali</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The unprotected VMs of {0}.</source>
            <translation>Le VM non protette di {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Disks</source>
            <translation>Dischi</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Power</source>
            <translation>Alimentazione</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Filter by name or host</source>
            <translation>Filtra per nome o host</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The VMs are protected with the pairing's policy {0}.</source>
            <translation>Le VM vengono protette con il criterio {0} dell'associazione.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The first full copy of each VM's disks.</source>
            <translation>La prima copia completa dei dischi di ogni VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Set by the policy: to change them, edit the policy (Protection → Replication policies) before you start.</source>
            <translation>Stabiliti dal criterio: per cambiarli modifica il criterio (Protezione → Criteri di replica) prima di iniziare.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>One job per VM; the jobs pane follows them.</source>
            <translation>Un processo per VM; il riquadro dei processi li segue.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Policy: {0}</source>
            <translation>Criterio: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>immediately (the scheduled {0} has passed)</source>
            <translation>subito (l'ora pianificata {0} è passata)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>at {0}; the replica is prepared now</source>
            <translation>alle {0}; la replica viene preparata ora</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Starts</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>To copy</source>
            <translation>Da copiare</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} (sparse: only written blocks travel)</source>
            <translation>{0} (sparse: viaggiano solo i blocchi scritti)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Choose a cloud pairing (or pair the clouds first).</source>
            <translation>Scegli un'associazione di cloud (o associa prima i cloud).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Select at least one VM.</source>
            <translation>Seleziona almeno una VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} is not an unprotected VM of this pairing's cloud.</source>
            <translation>{0} non è una VM non protetta del cloud di questa associazione.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VMs ({0})</source>
            <translation>VM ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Enable protection: {0} job(s) started.</source>
            <translation>Abilita protezione: {0} processi avviati.</translation>
        </message>
    </context>
    <context>
        <name>WizardMenus</name>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;Protection</source>
            <translation>&amp;Protezione</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;Enable protection…</source>
            <translation>&amp;Abilita protezione…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;New replication policy…</source>
            <translation>&amp;Nuovo criterio di replica…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Edit replication &amp;policy</source>
            <translation>&amp;Modifica criterio di replica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Pair &amp;clouds…</source>
            <translation>Associa &amp;cloud…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Edit &amp;IP rules of a network mapping</source>
            <translation>Modifica regole &amp;IP di un mapping di rete</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Recovery p&amp;lans</source>
            <translation>Piani di &amp;ripristino</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no policy yet)</source>
            <translation>(ancora nessun criterio)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no network mapping yet)</source>
            <translation>(ancora nessun mapping di rete)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>The plan has no protected items.</source>
            <translation>Il piano non ha elementi protetti.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Run a plan:</source>
            <translation>Esegui un piano:</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no recovery plan to run yet)</source>
            <translation>(ancora nessun piano di ripristino da eseguire)</translation>
        </message>
    </context>
</TS>
