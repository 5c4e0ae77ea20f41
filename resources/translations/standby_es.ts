<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>About</name>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Operator guide — Standby</source>
            <translation>Guía del operador — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>The README is not installed with this copy.</source>
            <translation>El README no está instalado con esta copia.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>The whole README: &lt;a href="{0}"&gt;{1}&lt;/a&gt;</source>
            <translation>El README completo: &lt;a href="{0}"&gt;{1}&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>About Standby</source>
            <translation>Acerca de Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&lt;h2&gt;Standby {0}&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Standby {0}&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Site recovery for virtual machines: replicate, test, fail over and fail back between two sites.</source>
            <translation>Recuperación de sitios para máquinas virtuales: replicar, probar, conmutación por error y conmutación por recuperación entre dos sitios.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Qt {0}, PySide6 {1}, Python {2}</source>
            <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&lt;b&gt;Libraries and their licences&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bibliotecas y sus licencias&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as separate libraries, which you may replace with your own builds. Their source code is at &lt;a href="https://download.qt.io/"&gt;download.qt.io&lt;/a&gt;. Standby itself is proprietary.</source>
            <translation>Qt y PySide6 se usan bajo la GNU LGPL versión 3: se cargan como bibliotecas independientes, que puede sustituir por sus propias compilaciones. Su código fuente está en &lt;a href="https://download.qt.io/"&gt;download.qt.io&lt;/a&gt;. Standby es propietario.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Operator &amp;guide</source>
            <translation>&amp;Guía del operador</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Vault: {0} (not connected yet)</source>
            <translation>Almacén: {0} (aún sin conexión)</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>, an embedded lab</source>
            <translation>, un laboratorio integrado</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Vault: {0} at {1}{2}; control plane version {3}</source>
            <translation>Almacén: {0} en {1}{2}; versión del plano de control {3}</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;Operator guide</source>
            <translation>&amp;Guía del operador</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Open the &amp;README</source>
            <translation>Abrir el &amp;README</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;About Standby</source>
            <translation>&amp;Acerca de Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Habilitar protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Deshabilitar protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Limpieza de la conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Conmutación por error planeada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Conmutación por error no planeada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Cambiar punto de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Cancelar conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Conmutación por recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Volver a sincronizar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Pausar replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Reanudar replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Not connected to the control plane: operations are refused until it is back</source>
            <translation>Sin conexión con el plano de control: las operaciones se rechazan hasta que vuelva</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source> (next retry in {0:.0f} s)</source>
            <translation> (próximo intento en {0:.0f} s)</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Your token has the viewer role: it may look, not run operations.</source>
            <translation>Su token tiene el rol de lector: puede consultar, no ejecutar operaciones.</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Enable protection needs a cloud pairing for this VM's cloud: pair the cloud with a recovery cloud first.</source>
            <translation>Habilitar la protección requiere un emparejamiento para la nube de esta VM: empareje primero la nube con una nube de recuperación.</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group name</source>
            <translation>Nombre del grupo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group &amp;name:</source>
            <translation>&amp;Nombre del grupo:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Before the VMs</source>
            <translation>Antes de las VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>After the VMs</source>
            <translation>Después de las VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>+ Script</source>
            <translation>+ Script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>+ Manual step</source>
            <translation>+ Paso manual</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>A command the control plane runs, with a timeout</source>
            <translation>Un comando que ejecuta el plano de control, con un tiempo de espera</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Instructions; the plan waits until an operator resumes it</source>
            <translation>Instrucciones; el plan espera hasta que un operador lo reanude</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action name</source>
            <translation>Nombre de la acción</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Na&amp;me:</source>
            <translation>Nom&amp;bre:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>e.g. /opt/dr/check-dns.sh $STANDBY_GROUP</source>
            <translation>p. ej. /opt/dr/check-dns.sh $STANDBY_GROUP</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Command:</source>
            <translation>&amp;Comando:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Timeout in seconds</source>
            <translation>Tiempo de espera en segundos</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Timeout:</source>
            <translation>&amp;Tiempo de espera:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Instructions</source>
            <translation>Instrucciones</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>What the operator must do before the plan goes on</source>
            <translation>Lo que debe hacer el operador antes de que el plan continúe</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Instructions:</source>
            <translation>&amp;Instrucciones:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Select a group to edit its name and actions.</source>
            <translation>Seleccione un grupo para editar su nombre y acciones.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group {0}</source>
            <translation>Grupo {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Script</source>
            <translation>Script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action (select or add one)</source>
            <translation>Acción (seleccione o añada una)</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Script action</source>
            <translation>Acción de script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Manual action</source>
            <translation>Acción manual</translation>
        </message>
    </context>
    <context>
        <name>ActivityPane</name>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Event log</source>
            <translation>Registro de eventos</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Refresh audit log</source>
            <translation>Actualizar registro de auditoría</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Audit</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>The audit log needs the operator role.</source>
            <translation>El registro de auditoría requiere el rol de operador.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Could not fetch the audit log: {0}</source>
            <translation>No se pudo obtener el registro de auditoría: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>{0} entries.</source>
            <translation>{0} entradas.</translation>
        </message>
    </context>
    <context>
        <name>Addresses</name>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>keeps its address (it reports none)</source>
            <translation>conserva su dirección (no informa ninguna)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} in {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (per-VM rule)</source>
            <translation>{0} (regla por VM)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (subnet rule)</source>
            <translation>{0} (regla de subred)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (subnet rule {1} → {2})</source>
            <translation>{0} (regla de subred {1} → {2})</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>keeps {0}</source>
            <translation>conserva {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: the VM is attached to no network</source>
            <translation>sin dirección: la VM no está conectada a ninguna red</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: its network has no network mapping</source>
            <translation>sin dirección: su red no tiene asignación de red</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: the VM reports none and no per-VM rule names one</source>
            <translation>sin dirección: la VM no informa ninguna y ninguna regla por VM indica una</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: no rule of the network mapping covers {0}</source>
            <translation>sin dirección: ninguna regla de la asignación de red cubre {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>subnet rule {0} → {1}</source>
            <translation>regla de subred {0} → {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>, gateway {0}</source>
            <translation>, puerta de enlace {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>a VM no longer in the inventory</source>
            <translation>una VM que ya no está en el inventario</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} gets {1}</source>
            <translation>{0} recibe {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no IP rules: VMs keep their addresses</source>
            <translation>sin reglas de IP: las VM conservan sus direcciones</translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The replication agent on host {host} lost its connection.</source>
            <translation>El agente de replicación del host {host} perdió la conexión.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The replication agent on host {host} reconnected.</source>
            <translation>El agente de replicación del host {host} se volvió a conectar.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Site {site} is unreachable.</source>
            <translation>El sitio {site} no está accesible.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Site {site} is reachable again.</source>
            <translation>El sitio {site} vuelve a estar accesible.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Storage on host {host} is low: {figures}. When it is full, replication to and from this host pauses: free space on it or add storage.</source>
            <translation>El almacenamiento del host {host} se está agotando: {figures}. Cuando esté lleno, la replicación desde y hacia este host se pausará: libere espacio o agregue almacenamiento.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>It has space again: {figures}.</source>
            <translation>Vuelve a tener espacio: {figures}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Protection at risk at {site}: {count} protected VM(s) cannot reach their recovery host ({causes}): {vms}. Changes are not being replicated, and a failover to the site must wait until it returns.</source>
            <translation>Protección en riesgo en {site}: {count} VM protegidas no alcanzan su host de recuperación ({causes}): {vms}. Los cambios no se replican y una conmutación por error al sitio debe esperar a que vuelva.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{names} and {more} more</source>
            <translation>{names} y {more} más</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication reaches it again.</source>
            <translation>La replicación vuelve a alcanzarlo.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication reaches {site} again: its protected VMs are protected again, and failover to the site is possible.</source>
            <translation>La replicación vuelve a alcanzar {site}: sus VM protegidas vuelven a estar protegidas y es posible la conmutación por error al sitio.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Storage on {host} is full ({what}): replication of {count} protected item(s) is paused until space returns.</source>
            <translation>El almacenamiento de {host} está lleno ({what}): la replicación de {count} elementos protegidos está en pausa hasta que vuelva a haber espacio.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>replica storage</source>
            <translation>almacenamiento de réplicas</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>VM storage</source>
            <translation>almacenamiento de VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Space returned.</source>
            <translation>Volvió a haber espacio.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication figures are not being updated: no successful status read since {since}. RPO, health and recovery points shown may be out of date; check the control plane's log and the hosts' agents.</source>
            <translation>Las cifras de replicación no se actualizan: ninguna lectura de estado correcta desde las {since}. El RPO, la salud y los puntos de recuperación mostrados pueden estar desactualizados; revise el registro del plano de control y los agentes de los hosts.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication figures are not being updated: no successful status read since its start. RPO, health and recovery points shown may be out of date; check the control plane's log and the hosts' agents.</source>
            <translation>Las cifras de replicación no se actualizan: ninguna lectura de estado correcta desde el inicio. El RPO, la salud y los puntos de recuperación mostrados pueden estar desactualizados; revise el registro del plano de control y los agentes de los hosts.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Info</source>
            <translation>Información</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Critical</source>
            <translation>Crítico</translation>
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
            <translation>Sitio</translation>
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
            <translation>Almacén</translation>
        </message>
        <message>
            <location filename="../../app/console/alert_text.py" />
            <source>Protected item</source>
            <translation>Elemento protegido</translation>
        </message>
        <message>
            <location filename="../../app/console/alert_text.py" />
            <source>Recovery plan</source>
            <translation>Plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Drill</source>
            <translation>Simulacro</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Recovery side unreachable</source>
            <translation>Lado de recuperación inaccesible</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Recovery side reachable again</source>
            <translation>Lado de recuperación accesible de nuevo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Site down</source>
            <translation>Sitio caído</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Agent disconnected</source>
            <translation>Agente desconectado</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Primary site down</source>
            <translation>Sitio principal caído</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Job failed</source>
            <translation>Trabajo con errores</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Manual action waiting</source>
            <translation>Acción manual en espera</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>DR drill failed</source>
            <translation>Simulacro de DR con errores</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>RPO far over target</source>
            <translation>RPO muy por encima del objetivo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>RPO over target</source>
            <translation>RPO por encima del objetivo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>No recovery point yet</source>
            <translation>Aún no hay punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication cycles missed</source>
            <translation>Ciclos de replicación perdidos</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication paused</source>
            <translation>Replicación en pausa</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Resynchronization required</source>
            <translation>Es necesario volver a sincronizar</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Enabling protection failed</source>
            <translation>Error al habilitar la protección</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Failover failed</source>
            <translation>Error en la conmutación por error</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Reverse replication failed</source>
            <translation>Error en la replicación inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Awaiting reverse replication</source>
            <translation>Esperando replicación inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Test failover not cleaned up</source>
            <translation>Conmutación por error de prueba sin limpiar</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Storage full</source>
            <translation>Almacenamiento lleno</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replica storage full</source>
            <translation>Almacenamiento de réplica lleno</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Source storage full</source>
            <translation>Almacenamiento de origen lleno</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Storage low</source>
            <translation>Poco espacio de almacenamiento</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Control plane task failing</source>
            <translation>Tarea del plano de control con errores</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication figures not current</source>
            <translation>Cifras de replicación no actualizadas</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Other alerts</source>
            <translation>Otras alertas</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Job</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Resolved {0} (lasted {1})</source>
            <translation>Resuelta {0} (duró {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>For information</source>
            <translation>Para información</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Open · last seen {0}</source>
            <translation>Abierta · vista por última vez {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>acknowledged by {0} at {1}</source>
            <translation>confirmada por {0} a las {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>First seen</source>
            <translation>Vista por primera vez</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · {1} open</source>
            <translation>{0} · {1} abiertas</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · {1}</source>
            <translation>{0} · {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · resolved</source>
            <translation>{0} · resueltas</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>What to do: {0}</source>
            <translation>Qué hacer: {0}</translation>
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
            <translation>Alertas</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Alerts by cause</source>
            <translation>Alertas por causa</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Reconocer</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Acknowledge the selected alerts</source>
            <translation>Reconocer las alertas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>What to do: {0}</source>
            <translation>Qué hacer: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Double-click to open its job.</source>
            <translation>Haga doble clic para abrir su trabajo.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Not connected to the control plane: cannot acknowledge now.</source>
            <translation>Sin conexión con el plano de control: no se puede reconocer ahora.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Could not acknowledge: {0}</source>
            <translation>No se pudo reconocer: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>{0} alert(s) acknowledged.</source>
            <translation>{0} alerta(s) reconocida(s).</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Actor</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>viewer</source>
            <translation>lector</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>operator</source>
            <translation>operador</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>admin</source>
            <translation>administrador</translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Pre-checks</source>
            <translation>Comprobaciones previas</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Every VM of the plan must be protected and healthy, and no test failover, plan job or drill of this plan may be running.</source>
            <translation>Cada VM del plan debe estar protegida y en buen estado, y no puede estar en curso ninguna conmutación por error de prueba, trabajo ni simulacro de este plan.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Pre-check results</source>
            <translation>Resultados de las comprobaciones previas</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Check &amp;again</source>
            <translation>Comprobar de &amp;nuevo</translation>
        </message>
    </context>
    <context>
        <name>CleanupPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Clean up</source>
            <translation>Limpiar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Cleanup removes the test VMs (only what the test failover created). Say what the drill showed: the notes go into the report and are required.</source>
            <translation>La limpieza elimina las VM de prueba (solo lo que creó la conmutación por error de prueba). Indique qué mostró el simulacro: las notas van al informe y son obligatorias.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>What was verified, what did not work, follow-up actions…</source>
            <translation>Qué se verificó, qué no funcionó, acciones de seguimiento…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Manual action &amp;done — continue</source>
            <translation>Acción manual &amp;hecha — continuar</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Connect to a Standby vault</source>
            <translation>Conectar a un almacén de Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Saved profiles</source>
            <translation>Perfiles guardados</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>New profile…</source>
            <translation>Nuevo perfil…</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Profile:</source>
            <translation>&amp;Perfil:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>e.g. Production vault</source>
            <translation>p. ej. Almacén de producción</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>optional: the vault's own CA certificate</source>
            <translation>opcional: el certificado de CA propio del almacén</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;CA file:</source>
            <translation>Archivo de &amp;CA:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Token:</source>
            <translation>&amp;Token:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Remember the token in the system keyring</source>
            <translation>&amp;Recordar el token en el llavero del sistema</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Tokens are kept in the system keyring only.</source>
            <translation>Los tokens solo se guardan en el llavero del sistema.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The keyring could not be loaded: {0}</source>
            <translation>No se pudo cargar el llavero: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>No system keyring was found (on Linux: a Secret Service such as GNOME Keyring or KWallet). Tokens are not remembered; you are asked for them each session.</source>
            <translation>No se encontró ningún llavero del sistema (en Linux: un Secret Service como GNOME Keyring o KWallet). Los tokens no se recuerdan; se le piden en cada sesión.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The keyring is disabled (null backend). Tokens are not remembered; you are asked for them each session.</source>
            <translation>El llavero está deshabilitado (backend null). Los tokens no se recuerdan; se le piden en cada sesión.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Co&amp;nnect</source>
            <translation>Co&amp;nectar</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>stored in the keyring</source>
            <translation>guardado en el llavero</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>bearer token</source>
            <translation>token de portador</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>CA certificate</source>
            <translation>Certificado de CA</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Give the profile a name (without / \ or =).</source>
            <translation>Dé un nombre al perfil (sin / \ ni =).</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The URL starts with https:// (or http://).</source>
            <translation>La URL empieza por https:// (o http://).</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Give the token (ask your administrator for one).</source>
            <translation>Indique el token (pídalo a su administrador).</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../../app/console/app.py" />
            <source>No keyring is available: give the token for this session.</source>
            <translation>No hay llavero disponible: indique el token para esta sesión.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Standby dashboard</source>
            <translation>Panel de Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Standby</source>
            <translation>Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Data is not live</source>
            <translation>Los datos no están actualizados</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Protected VMs</source>
            <translation>VM protegidas</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>RPO compliance</source>
            <translation>Cumplimiento del RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Sites</source>
            <translation>Sitios</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Active jobs</source>
            <translation>Trabajos activos</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Jobs in progress</source>
            <translation>Trabajos en curso</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Worst RPO</source>
            <translation>Peor RPO</translation>
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
            <translation>Advertencia por encima de</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Critical alerts</source>
            <translation>Alertas críticas</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>&amp;Full screen</source>
            <translation>&amp;Pantalla completa</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>&amp;Close the dashboard</source>
            <translation>&amp;Cerrar el panel</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Standby · {0}</source>
            <translation>Standby · {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>All normal</source>
            <translation>Todo normal</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Critical</source>
            <translation>Crítico</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>STALE</source>
            <translation>DESACTUALIZADO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>LIVE</source>
            <translation>EN DIRECTO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} of {1} within target</source>
            <translation>{0} de {1} dentro del objetivo</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Target: RPO ≤ 2 × copy frequency</source>
            <translation>Objetivo: RPO ≤ 2 × frecuencia de copia</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} failed over: not counted</source>
            <translation>{0} con conmutación por error: no se cuentan</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>the recovery site</source>
            <translation>el sitio de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} at risk: {1} unreachable, changes not replicated</source>
            <translation>{0} en riesgo: {1} inaccesible, cambios sin replicar</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0}/{1} up</source>
            <translation>{0}/{1} activos</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>UP</source>
            <translation>ACTIVO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>DOWN</source>
            <translation>CAÍDO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source> · VMM disconnected</source>
            <translation> · VMM desconectado</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} waiting for an operator</source>
            <translation>{0} esperando a un operador</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source> (waiting for an operator)</source>
            <translation> (esperando a un operador)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>no recovery point</source>
            <translation>ningún punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>CRITICAL ALERTS · {0} OPEN</source>
            <translation>ALERTAS CRÍTICAS · {0} ABIERTAS</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>CRITICAL ALERTS</source>
            <translation>ALERTAS CRÍTICAS</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>(+{0} hosts)</source>
            <translation>(+{0} hosts)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>None open</source>
            <translation>Ninguna abierta</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — replication figures are not current</source>
            <translation>NO ACTUALIZADO — las cifras de replicación no están al día</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — replication figures not updated for {0}</source>
            <translation>NO ACTUALIZADO — cifras de replicación sin actualizar desde hace {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>the control plane cannot read replication status</source>
            <translation>el plano de control no puede leer el estado de la replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — no data received yet</source>
            <translation>NO ACTUALIZADO — aún no se han recibido datos</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — showing data from {0} ({1} ago)</source>
            <translation>NO ACTUALIZADO — datos de las {0} (hace {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>not connected; retrying every minute</source>
            <translation>sin conexión; reintento cada minuto</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>reconnecting now…</source>
            <translation>reconectando ahora…</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>reconnecting in {0}</source>
            <translation>reconexión en {0}</translation>
        </message>
    </context>
    <context>
        <name>DisconnectedBanner</name>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Connection banner</source>
            <translation>Banner de conexión</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Retry now</source>
            <translation>Reintentar ahora</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Retry connecting now</source>
            <translation>Reintentar la conexión ahora</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>The tree stays browsable; operations are refused until the connection is back.</source>
            <translation>El árbol sigue siendo navegable; las operaciones se rechazan hasta que vuelva la conexión.</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Disconnected — no data received yet</source>
            <translation>Desconectado — aún no se han recibido datos</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Disconnected — showing data from {0} ({1} ago)</source>
            <translation>Desconectado — datos de las {0} (hace {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>not retrying</source>
            <translation>sin reintentos</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>reconnecting now…</source>
            <translation>reconectando ahora…</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>retrying in {0}</source>
            <translation>reintento en {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Replication figures are not current</source>
            <translation>Las cifras de replicación no están al día</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Replication figures not updated for {0} (since {1})</source>
            <translation>Cifras de replicación sin actualizar desde hace {0} (desde las {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>The control plane cannot read replication status: the RPO, health and recovery points shown are the last ones read and may be worse now. The connection to the control plane works; its alerts and log say why.</source>
            <translation>El plano de control no puede leer el estado de la replicación: el RPO, la salud y los puntos de recuperación que se muestran son los últimos leídos y ahora pueden ser peores. La conexión con el plano de control funciona; sus alertas y su registro indican por qué.</translation>
        </message>
    </context>
    <context>
        <name>DrillHistoryDialog</name>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Drill history — Standby</source>
            <translation>Historial de simulacros — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Past drills</source>
            <translation>Simulacros anteriores</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Recovery plan</source>
            <translation>Plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>RTO</source>
            <translation>RTO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Worst RPO</source>
            <translation>Peor RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open &amp;PDF report</source>
            <translation>Abrir informe &amp;PDF</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open &amp;HTML report</source>
            <translation>Abrir informe &amp;HTML</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>&amp;Continue this drill…</source>
            <translation>&amp;Continuar este simulacro…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open an unfinished drill where its record stands</source>
            <translation>Abrir un simulacro sin terminar donde quedó su registro</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Cannot list the drills: {0}</source>
            <translation>No se pueden listar los simulacros: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>{0} drill(s).</source>
            <translation>{0} simulacro(s).</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>No drill yet.</source>
            <translation>Aún no hay simulacros.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Cannot write the report: {0}</source>
            <translation>No se puede escribir el informe: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Opened {0}</source>
            <translation>Abierto {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>No application opens {0}; it is saved there.</source>
            <translation>Ninguna aplicación abre {0}; está guardado allí.</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>DR drill report — {0}</source>
            <translation>Informe del simulacro de DR — {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0:.1f} s</source>
            <translation>{0:.1f} s</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>PASSED</source>
            <translation>SUPERADO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>FAILED</source>
            <translation>NO SUPERADO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — test failover running</source>
            <translation>EN CURSO — conmutación por error de prueba en ejecución</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — verification</source>
            <translation>EN CURSO — verificación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — cleanup running</source>
            <translation>EN CURSO — limpieza en ejecución</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Not checked</source>
            <translation>No comprobado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Passed</source>
            <translation>Superado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>the disk</source>
            <translation>el disco</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system clean (e2fsck after journal replay, on a throw-away copy of the point)</source>
            <translation>{0}: sistema de archivos correcto (e2fsck tras reproducir el diario, en una copia desechable del punto)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system damaged (e2fsck after journal replay)</source>
            <translation>{0}: sistema de archivos dañado (e2fsck tras reproducir el diario)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system not checked (no ext2/3/4 on the whole disk)</source>
            <translation>{0}: sistema de archivos no comprobado (no hay ext2/3/4 en todo el disco)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: the guest's own sequence log ends at write {1}, with no gap</source>
            <translation>{0}: el registro de secuencia propio del invitado termina en la escritura {1}, sin huecos</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: the guest's own sequence log ends at write {1}, with gaps</source>
            <translation>{0}: el registro de secuencia propio del invitado termina en la escritura {1}, con huecos</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>intact</source>
            <translation>intacto</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>crash-consistent</source>
            <translation>coherente frente a bloqueos</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>not consistent</source>
            <translation>no coherente</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>app-consistent</source>
            <translation>coherente con la aplicación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0} write(s) after the point</source>
            <translation>{0} escritura(s) después del punto</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0} (lab auditor)</source>
            <translation>{0} (auditor del laboratorio)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The test VM of {0} did not start.</source>
            <translation>La VM de prueba de {0} no se inició.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The consistency proof of {0}'s test VM failed.</source>
            <translation>La prueba de coherencia de la VM de prueba de {0} ha fallado.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Not verified: {0}</source>
            <translation>Sin verificar: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The cleanup of {0} did not succeed.</source>
            <translation>La limpieza de {0} no se completó.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery plan</source>
            <translation>Plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Ended</source>
            <translation>Finalizado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RTO (all groups)</source>
            <translation>RTO (todos los grupos)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Worst RPO</source>
            <translation>Peor RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Drill</source>
            <translation>Simulacro</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Test failover job</source>
            <translation>Trabajo de conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Cleanup job</source>
            <translation>Trabajo de limpieza</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Group</source>
            <translation>Grupo</translation>
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
            <translation>Punto de recuperación usado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Consistency proof of the test VM</source>
            <translation>Prueba de coherencia de la VM de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery point times are on the fabric’s clock. RPO: the point’s age when the test failover started.</source>
            <translation>Las horas de los puntos de recuperación siguen el reloj del fabric. RPO: la antigüedad del punto al iniciarse la conmutación por error de prueba.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Consistency proof: each estate’s own checks of the point the test VM started from. In the lab, its auditor reads the test VM’s disks block by block against the guest’s write history. On real VMs, e2fsck checks each disk’s file system after replaying its journal, on a throw-away copy of the point (neither the point nor the test VM is written), and where the guest keeps a sequence log, the log found on the disk must have no gap.</source>
            <translation>Prueba de coherencia: las comprobaciones propias del entorno sobre el punto desde el que arrancó la VM de prueba. En el laboratorio, el auditor lee los discos de la VM de prueba bloque a bloque frente al historial de escrituras del invitado. En VM reales, e2fsck comprueba el sistema de archivos de cada disco tras reproducir su diario, en una copia desechable del punto (no se escribe ni en el punto ni en la VM de prueba), y donde el invitado lleva un registro de secuencia, el registro hallado en el disco no debe tener huecos.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>(none yet)</source>
            <translation>(aún ninguno)</translation>
        </message>
    </context>
    <context>
        <name>DrillWindow</name>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>DR drill — Standby</source>
            <translation>Simulacro de DR — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Drill clock</source>
            <translation>Reloj del simulacro</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Next: pre-checks</source>
            <translation>&amp;Siguiente: comprobaciones previas</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Start the test failover</source>
            <translation>&amp;Iniciar la conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Test failover running…</source>
            <translation>Conmutación por error de prueba en ejecución…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Next: clean up</source>
            <translation>&amp;Siguiente: limpiar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Clean up and finish</source>
            <translation>&amp;Limpiar y finalizar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Finished</source>
            <translation>Finalizado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The control plane refused: {0}</source>
            <translation>El plano de control lo rechazó: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>This vault has no recovery plan yet.</source>
            <translation>Este almacén aún no tiene planes de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Every test VM started in the isolated test network</source>
            <translation>Cada VM de prueba se inició en la red de prueba aislada</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The applications on the test VMs answer (log in, open a record)</source>
            <translation>Las aplicaciones de las VM de prueba responden (iniciar sesión, abrir un registro)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The test VMs' data is as recent as the plan's RPO target allows</source>
            <translation>Los datos de las VM de prueba son tan recientes como permite el objetivo de RPO del plan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>No test VM can be reached from the production network</source>
            <translation>Ninguna VM de prueba es accesible desde la red de producción</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Starting the test VMs group by group…</source>
            <translation>Iniciando las VM de prueba grupo por grupo…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Test failover {0}: {1}</source>
            <translation>Conmutación por error de prueba {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Not ticked — the drill will be recorded as failed: {0}</source>
            <translation>Sin marcar — el simulacro se registrará como no superado: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The drill is recorded: {0}</source>
            <translation>El simulacro está registrado: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Saved as {0} and {1}</source>
            <translation>Guardado como {0} y {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>No application opens {0}.</source>
            <translation>Ninguna aplicación abre {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Plan: {0} · not started</source>
            <translation>Plan: {0} · no iniciado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Plan: {0} · elapsed {1} · RTO {2}</source>
            <translation>Plan: {0} · transcurrido {1} · RTO {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>measuring…</source>
            <translation>midiendo…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: protected and healthy</source>
            <translation>{0}: protegida y en buen estado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: health warning (the drill may go on)</source>
            <translation>{0}: advertencia de salud (el simulacro puede continuar)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: health is critical</source>
            <translation>{0}: la salud es crítica</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: a test failover is not allowed now</source>
            <translation>{0}: ahora no se permite una conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: its recovery host is unreachable (the test VM cannot start)</source>
            <translation>{0}: su host de recuperación no está accesible (la VM de prueba no puede iniciarse)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: a test failover exists already (clean it up first)</source>
            <translation>{0}: ya existe una conmutación por error de prueba (límpiela primero)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: no longer protected; edit the plan</source>
            <translation>{0}: ya no está protegida; edite el plan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>The plan {0} has no VMs</source>
            <translation>El plan {0} no tiene VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A job of the plan {0} is running</source>
            <translation>Hay un trabajo del plan {0} en ejecución</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A drill of this plan by {0} is running</source>
            <translation>Hay un simulacro de este plan de {0} en curso</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A drill of this plan by {0} was never finished (left as it was)</source>
            <translation>Un simulacro de este plan de {0} nunca se terminó (se dejó como estaba)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0} problem(s) stop the drill. Fix them, then check again.</source>
            <translation>{0} problema(s) detienen el simulacro. Corríjalos y vuelva a comprobar.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Ready, with {0} warning(s).</source>
            <translation>Listo, con {0} advertencia(s).</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Ready: every VM is protected and healthy.</source>
            <translation>Listo: cada VM está protegida y en buen estado.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>running</source>
            <translation>en ejecución</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>did not start</source>
            <translation>no se inició</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>&lt;b&gt;Group {0}&lt;/b&gt; {1}: {2}</source>
            <translation>&lt;b&gt;Grupo {0}&lt;/b&gt; {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>group {0}: {1}</source>
            <translation>grupo {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>RTO {0} in total ({1})</source>
            <translation>RTO {0} en total ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Checklist — {0} of {1} verified</source>
            <translation>Lista de comprobación — {0} de {1} verificados</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>&lt;b&gt;Waiting for you&lt;/b&gt; — {0}:&lt;br/&gt;{1}</source>
            <translation>&lt;b&gt;Esperándole&lt;/b&gt; — {0}:&lt;br/&gt;{1}</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Revision</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Site</source>
            <translation>Sitio</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Cloud</source>
            <translation>Nube</translation>
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
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Replication policy</source>
            <translation>Directiva de replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Cloud pairing</source>
            <translation>Emparejamiento de nubes</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Network mapping</source>
            <translation>Asignación de red</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Protected item</source>
            <translation>Elemento protegido</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Recovery plan</source>
            <translation>Plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Job</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Alert</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>DR drill</source>
            <translation>Simulacro de DR</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Replication status</source>
            <translation>Estado de replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>{0} removed</source>
            <translation>{0} quitado</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>{0} changed</source>
            <translation>{0} cambiado</translation>
        </message>
    </context>
    <context>
        <name>FabricText</name>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Site down</source>
            <translation>Sitio caído</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Provider disconnected</source>
            <translation>Proveedor desconectado</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Agent disconnected</source>
            <translation>Agente desconectado</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Storage low</source>
            <translation>Poco espacio de almacenamiento</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/console/models/fabric_text.py" />
            <source>%n critical</source>
            <translation>
                <numerusform>%n crítico</numerusform>
                <numerusform>%n críticos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/console/models/fabric_text.py" />
            <source>%n warning</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Connected · {0}</source>
            <translation>Conectado · {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>DISCONNECTED since {0}</source>
            <translation>DESCONECTADO desde {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>RPO: {0}</source>
            <translation>RPO: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>RPO {0}: target {1}, warning above {2}</source>
            <translation>RPO {0}: objetivo {1}, advertencia por encima de {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>VMM server {0}, provider {1}
Last heartbeat {2}</source>
            <translation>Servidor VMM {0}, proveedor {1}
Último latido {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Replication agent {0}
Last heartbeat {1}</source>
            <translation>Agente de replicación {0}
Último latido {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>VM {0} ({1}), {2} disk(s)</source>
            <translation>VM {0} ({1}), {2} disco(s)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery</source>
            <translation>Recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Running</source>
            <translation>En ejecución</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Off</source>
            <translation>Apagada</translation>
        </message>
    </context>
    <context>
        <name>FabricTreeModel</name>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>A site's VMM provider, a host's replication agent: connected or not, and its last heartbeat</source>
            <translation>El proveedor VMM de un sitio, el agente de replicación de un host: conectado o no, y su último latido</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Replication</source>
            <translation>Replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Active location</source>
            <translation>Ubicación activa</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Provider / agent</source>
            <translation>Proveedor / agente</translation>
        </message>
    </context>
    <context>
        <name>FailoverPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test failover</source>
            <translation>Conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Steps of the test failover</source>
            <translation>Pasos de la conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Up after</source>
            <translation>Activa tras</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Manual action &amp;done — continue</source>
            <translation>Acción manual &amp;hecha — continuar</translation>
        </message>
    </context>
    <context>
        <name>FlowPage</name>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Why Next is not possible yet</source>
            <translation>Por qué Siguiente aún no es posible</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Reading the current figures from the control plane…</source>
            <translation>Leyendo las cifras actuales del plano de control…</translation>
        </message>
    </context>
    <context>
        <name>FlowWizard</name>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Could not read what this wizard needs: {0}</source>
            <translation>No se pudo leer lo que necesita este asistente: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Refused: {0}</source>
            <translation>Rechazado: {0}</translation>
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
            <translation>{0} d {1} h</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} free</source>
            <translation>{0} libres</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} free of {1} ({2} %)</source>
            <translation>{0} libres de {1} ({2} %)</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage: not reported</source>
            <translation>Almacenamiento: no notificado</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage low: {0}</source>
            <translation>Poco espacio de almacenamiento: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage: {0}</source>
            <translation>Almacenamiento: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} ago</source>
            <translation>hace {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>This computer's clock is {0} behind the control plane's: times and ages are shown on the control plane's clock.</source>
            <translation>El reloj de este equipo va {0} por detrás del plano de control: las horas y antigüedades se muestran según el reloj del plano de control.</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>This computer's clock is {0} ahead of the control plane's: times and ages are shown on the control plane's clock.</source>
            <translation>El reloj de este equipo va {0} por delante del plano de control: las horas y antigüedades se muestran según el reloj del plano de control.</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Not protected</source>
            <translation>No protegido</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover running</source>
            <translation>conmutación por error de prueba en curso</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover cleanup pending</source>
            <translation>limpieza de la conmutación por error de prueba pendiente</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover cleaning up</source>
            <translation>limpiando la conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>no point yet</source>
            <translation>aún sin punto</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while failed over</source>
            <translation>ninguno durante la conmutación por error</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while failed over: nothing replicates the VM until reverse replication starts</source>
            <translation>ninguno durante la conmutación por error: nada replica la VM hasta que empiece la replicación inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while the failover runs</source>
            <translation>ninguno mientras la conmutación por error está en curso</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none yet: protection is being enabled</source>
            <translation>ninguno aún: se está habilitando la protección</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none: protection is being disabled</source>
            <translation>ninguno: se está deshabilitando la protección</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none: nothing replicates the VM in this state</source>
            <translation>ninguno: nada replica la VM en este estado</translation>
        </message>
    </context>
    <context>
        <name>GroupsModel</name>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group / VM</source>
            <translation>Grupo / VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group {0}: double-click to rename, drag to reorder.</source>
            <translation>Grupo {0}: doble clic para cambiar el nombre, arrastre para reordenar.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} VM(s)</source>
            <translation>{0} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} before</source>
            <translation>{0} antes</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} after</source>
            <translation>{0} después</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group {0} · {1}</source>
            <translation>Grupo {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Nothing to add.</source>
            <translation>Nada que añadir.</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Critical</source>
            <translation>Crítico</translation>
        </message>
    </context>
    <context>
        <name>HealthGraphs</name>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Health graphs</source>
            <translation>Gráficos de salud</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Throughput</source>
            <translation>Rendimiento</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>warning above</source>
            <translation>advertencia por encima</translation>
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
            <translation>El sitio principal está caído y la VM sigue ejecutándose allí: conmútela por error.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The primary site is down: the VM runs at the recovery site, but nothing replicates back to primary.</source>
            <translation>El sitio principal está caído: la VM se ejecuta en el sitio de recuperación, pero nada se replica de vuelta al principal.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication lost track of changes: resynchronize the item to protect it again.</source>
            <translation>La replicación perdió el rastro de los cambios: vuelva a sincronizar el elemento para protegerlo de nuevo.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enabling protection failed: retry it, or disable protection.</source>
            <translation>No se pudo habilitar la protección: vuelva a intentarlo o deshabilite la protección.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The failover stopped half-way: retry with an unplanned failover, or cancel it.</source>
            <translation>La conmutación por error se detuvo a medias: reinténtela con una conmutación por error no planeada o cancélela.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication failed: the VM is not protected; retry reverse replication.</source>
            <translation>La replicación inversa falló: la VM no está protegida; vuelva a intentar la replicación inversa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication is paused: changes are not copied until it is resumed.</source>
            <translation>La replicación está en pausa: los cambios no se copian hasta que se reanude.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{message} Cause: {cause}</source>
            <translation>{message} Causa: {cause}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replica storage on {host} is full: replication is paused; {last}.</source>
            <translation>El almacenamiento de réplicas en {host} está lleno: la replicación está en pausa; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Source storage on {host} is full: replication is paused; {last}.</source>
            <translation>El almacenamiento de origen en {host} está lleno: la replicación está en pausa; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Source storage on {host} is full: the VM is paused, and replication is paused; {last}.</source>
            <translation>El almacenamiento de origen en {host} está lleno: la VM está en pausa y la replicación está en pausa; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the last good point is {point_time}</source>
            <translation>el último punto válido es de las {point_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no recovery point yet</source>
            <translation>todavía no hay ningún punto de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery point yet: the data that would be lost is unknown.</source>
            <translation>Todavía no hay punto de recuperación: se desconocen los datos que se perderían.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>RPO is {rpo_seconds}, far above the {target_seconds} target.</source>
            <translation>El RPO es {rpo_seconds}, muy por encima del objetivo de {target_seconds}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>RPO is {rpo_seconds}, over twice the {target_seconds} target.</source>
            <translation>El RPO es {rpo_seconds}, más del doble del objetivo de {target_seconds}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The recovery host {host} is unreachable ({why}): changes are not being replicated, and a failover must wait until it returns; {last}.</source>
            <translation>El host de recuperación {host} no está accesible ({why}): los cambios no se replican y una conmutación por error debe esperar a que vuelva; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the site {site} is down</source>
            <translation>el sitio {site} está caído</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>its agent is disconnected</source>
            <translation>su agente está desconectado</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the replication link to it is down</source>
            <translation>el enlace de replicación hacia él está caído</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the last point it received is from {point_time}</source>
            <translation>el último punto que recibió es de las {point_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it has received no recovery point yet</source>
            <translation>aún no ha recibido ningún punto de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{count} replication cycles in a row were missed.</source>
            <translation>Se perdieron {count} ciclos de replicación seguidos.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>App-consistent points are not being made: the guest's file systems could not be frozen (is qemu-guest-agent running in the guest?). Its recovery points are crash-consistent.</source>
            <translation>No se están creando puntos coherentes con la aplicación: no se pudieron congelar los sistemas de archivos del invitado (¿se ejecuta qemu-guest-agent en el invitado?). Sus puntos de recuperación son coherentes frente a bloqueos.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The VM runs on its failed-over copy and nothing protects it: start reverse replication.</source>
            <translation>La VM se ejecuta en su copia tras la conmutación por error y nada la protege: inicie la replicación inversa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source host's agent is disconnected: replication can't be tracked.</source>
            <translation>El agente del host de origen está desconectado: no se puede seguir la replicación.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>A test failover was not cleaned up: its test VM is still running.</source>
            <translation>No se limpió una conmutación por error de prueba: su VM de prueba sigue ejecutándose.</translation>
        </message>
    </context>
    <context>
        <name>Hosts</name>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>15 minutes</source>
            <translation>15 minutos</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>8 hours</source>
            <translation>8 horas</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>7 days</source>
            <translation>7 días</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Not connected to the control plane.</source>
            <translation>Sin conexión con el plano de control.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Your token has the viewer role: managing hosts needs an admin token.</source>
            <translation>Su token tiene el rol de lector: para administrar hosts se necesita un token de administrador.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New site — Standby</source>
            <translation>Nuevo sitio — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;site</source>
            <translation>Crear &amp;sitio</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A site groups the hosts of one place (a data centre, a building). Hosts join it with a registration key; replication pairs a cloud of one site with a cloud of another.</source>
            <translation>Un sitio agrupa los hosts de un lugar (un centro de datos, un edificio). Los hosts se unen a él con una clave de registro; la replicación empareja una nube de un sitio con una nube de otro.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>e.g. Stockholm</source>
            <translation>p. ej. Estocolmo</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>optional, e.g. Kista data centre</source>
            <translation>opcional, p. ej. centro de datos de Kista</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Location:</source>
            <translation>&amp;Ubicación:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Give the site a name.</source>
            <translation>Dé un nombre al sitio.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Site {0} created.</source>
            <translation>Sitio {0} creado.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New cloud in {0} — Standby</source>
            <translation>Nueva nube en {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;cloud</source>
            <translation>Crear &amp;nube</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A cloud is a group of hosts of the site {0}: protection pairs a cloud with a recovery cloud, and hosts can move between the site's clouds.</source>
            <translation>Una nube es un grupo de hosts del sitio {0}: la protección empareja una nube con una nube de recuperación, y los hosts pueden moverse entre las nubes del sitio.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>e.g. Gold</source>
            <translation>p. ej. Oro</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Give the cloud a name.</source>
            <translation>Dé un nombre a la nube.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Cloud {0} created.</source>
            <translation>Nube {0} creada.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Move {0} — Standby</source>
            <translation>Mover {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Move</source>
            <translation>&amp;Mover</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host {0} is in the cloud {1}. Move it into another cloud of its site:</source>
            <translation>El host {0} está en la nube {1}. Muévalo a otra nube de su sitio:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host {0} is in the only cloud of its site: create another cloud first (New cloud… on the site).</source>
            <translation>El host {0} está en la única nube de su sitio: cree primero otra nube (Nueva nube… en el sitio).</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Cloud:</source>
            <translation>&amp;Nube:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Choose a cloud.</source>
            <translation>Elija una nube.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Host moved to the cloud {0}.</source>
            <translation>Host movido a la nube {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Add a host to {0} — Standby</source>
            <translation>Agregar un host a {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;key</source>
            <translation>Crear &amp;clave</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A registration key lets the agent of one host enroll with the control plane and join the site {0}. It works once and expires; the host receives its certificate from the control plane when it enrolls.</source>
            <translation>Una clave de registro permite que el agente de un host se registre en el plano de control y se una al sitio {0}. Funciona una sola vez y caduca; el host recibe su certificado del plano de control al registrarse.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A new cloud “{0} hosts”</source>
            <translation>Una nueva nube “{0} hosts”</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Cloud the host joins:</source>
            <translation>&amp;Nube a la que se une el host:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Key &amp;works for:</source>
            <translation>La clave &amp;vale durante:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1. Save the key file, then copy it to the host.</source>
            <translation>1. Guarde el archivo de clave y luego cópielo al host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Save key file…</source>
            <translation>&amp;Guardar archivo de clave…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>2. On the host, run (as a user that may use libvirt):</source>
            <translation>2. En el host, ejecute (como un usuario que pueda usar libvirt):</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Command to run on the host</source>
            <translation>Comando que se ejecuta en el host</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>C&amp;opy</source>
            <translation>C&amp;opiar</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Copy the command to the clipboard</source>
            <translation>Copiar el comando al portapapeles</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host appears under its cloud as soon as its agent has enrolled. --storage is the folder on the host for its replicas and state.</source>
            <translation>El host aparece bajo su nube en cuanto su agente se ha registrado. --storage es la carpeta del host para sus réplicas y su estado.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>This key is shown only now: the control plane keeps no copy of its secret. Save the key file before you close this window; if it is lost, create a new key.</source>
            <translation>Esta clave solo se muestra ahora: el plano de control no guarda ninguna copia de su secreto. Guarde el archivo de clave antes de cerrar esta ventana; si se pierde, cree una clave nueva.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Registration key created for one host of the site {0} (cloud: {1}). It works once, until {2}.</source>
            <translation>Clave de registro creada para un host del sitio {0} (nube: {1}). Funciona una sola vez, hasta {2}.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Command copied to the clipboard.</source>
            <translation>Comando copiado al portapapeles.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Save the registration key</source>
            <translation>Guardar la clave de registro</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Registration keys (*.key);;All files (*)</source>
            <translation>Claves de registro (*.key);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Cannot save the key file {0}: {1}</source>
            <translation>No se puede guardar el archivo de clave {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Saved to {0} (readable by you only). Copy it to the host.</source>
            <translation>Guardada en {0} (solo usted puede leerla). Cópiela al host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The key is not saved</source>
            <translation>La clave no está guardada</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The registration key's file is not saved, and it cannot be shown again. Close anyway? (The key then expires unused.)</source>
            <translation>El archivo de la clave de registro no está guardado y no se puede volver a mostrar. ¿Cerrar de todos modos? (La clave caducará sin usarse.)</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Remove the host {0} from the control plane?</source>
            <translation>¿Quitar el host {0} del plano de control?</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Its agent is refused from then on, and the host and the VMs on it ({0}) leave the inventory.</source>
            <translation>Su agente se rechaza a partir de entonces, y el host y las VM que contiene ({0}) salen del inventario.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Its agent is refused from then on, and the host leaves the inventory.</source>
            <translation>Su agente se rechaza a partir de entonces, y el host sale del inventario.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Nothing is deleted on the host itself. To bring it back, add it again with a new registration key.</source>
            <translation>No se elimina nada en el propio host. Para recuperarlo, agréguelo de nuevo con una nueva clave de registro.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Protected VMs that replicate from or to this host: {0}. Their replication stops, and they cannot fail over through it, until the host is added again.</source>
            <translation>VM protegidas que se replican desde o hacia este host: {0}. Su replicación se detiene y no pueden conmutar por error a través de él hasta que el host se agregue de nuevo.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>No protected VM replicates from or to this host.</source>
            <translation>Ninguna VM protegida se replica desde o hacia este host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Remove host {0} — Standby</source>
            <translation>Quitar el host {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Remove host</source>
            <translation>&amp;Quitar host</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Refused: {0}</source>
            <translation>Rechazado: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Host {0} removed.</source>
            <translation>Host {0} quitado.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Add a host…</source>
            <translation>&amp;Agregar un host…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New &amp;cloud…</source>
            <translation>Nueva &amp;nube…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Move to cloud…</source>
            <translation>&amp;Mover a una nube…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Remove host…</source>
            <translation>&amp;Quitar host…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New &amp;site…</source>
            <translation>Nuevo &amp;sitio…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>F&amp;abric</source>
            <translation>&amp;Infraestructura</translation>
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
            <translation>{0} (plan de recuperación)</translation>
        </message>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>Cancelled by an operator.</source>
            <translation>Cancelado por un operador.</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Operation</source>
            <translation>Operación</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Started by</source>
            <translation>Iniciado por</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Habilitar protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Deshabilitar protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Limpieza de la conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Conmutación por error planeada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Conmutación por error no planeada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Cambiar punto de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Cancelar conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Conmutación por recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Volver a sincronizar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Pausar replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Reanudar replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not started</source>
            <translation>No iniciado</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Succeeded</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
    </context>
    <context>
        <name>JobsPane</name>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Jobs</source>
            <translation>Trabajos</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Select a job to see its steps.</source>
            <translation>Seleccione un trabajo para ver sus pasos.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Job steps</source>
            <translation>Pasos del trabajo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancel job</source>
            <translation>Cancelar trabajo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restart</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Open plan view</source>
            <translation>Abrir vista del plan</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Follow this plan job group by group</source>
            <translation>Seguir este trabajo del plan grupo por grupo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>{0} of {1} — {2}, started by {3}</source>
            <translation>{0} de {1} — {2}, iniciado por {3}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Not connected to the control plane.</source>
            <translation>Sin conexión con el plano de control.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>This job does not allow that now.</source>
            <translation>Este trabajo no lo permite ahora.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancelling the job…</source>
            <translation>Cancelando el trabajo…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancel: accepted.</source>
            <translation>Cancelar: aceptado.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resuming the job…</source>
            <translation>Reanudando el trabajo…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resume: accepted.</source>
            <translation>Reanudar: aceptado.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restarting the job…</source>
            <translation>Reiniciando el trabajo…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restart: accepted.</source>
            <translation>Reiniciar: aceptado.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Sending {0}…</source>
            <translation>Enviando {0}…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Accepted.</source>
            <translation>Aceptado.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>The control plane refused: {0}</source>
            <translation>El plano de control lo rechazó: {0}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Habilitar protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Deshabilitar protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Limpieza de la conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Conmutación por error planeada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Conmutación por error no planeada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Cambiar punto de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Cancelar conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Conmutación por recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Volver a sincronizar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Pausar replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Reanudar replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not started</source>
            <translation>No iniciado</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <location filename=".dynamic_strings.py" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Succeeded</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
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
            <translation>&amp;Sitios</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Replication &amp;link</source>
            <translation>&amp;Enlace de replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Guest &amp;write rate</source>
            <translation>&amp;Ritmo de escritura del invitado</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Take {0} &amp;down</source>
            <translation>&amp;Apagar {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: site {0} is down.</source>
            <translation>Laboratorio: el sitio {0} está caído.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Bring {0} back &amp;up</source>
            <translation>&amp;Volver a encender {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: site {0} is up again.</source>
            <translation>Laboratorio: el sitio {0} vuelve a estar activo.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Cut the link between the sites</source>
            <translation>&amp;Cortar el enlace entre los sitios</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is cut.</source>
            <translation>Laboratorio: el enlace entre los sitios está cortado.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Restore the link at full speed</source>
            <translation>&amp;Restablecer el enlace a toda velocidad</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is restored at full speed.</source>
            <translation>Laboratorio: el enlace entre los sitios está restablecido a toda velocidad.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Limit to {0} Mbit/s</source>
            <translation>Limitar a {0} Mbit/s</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is limited to {0} Mbit/s.</source>
            <translation>Laboratorio: el enlace entre los sitios está limitado a {0} Mbit/s.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Select a VM in the fabric tree first</source>
            <translation>Seleccione primero una VM en el árbol de infraestructura</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: idle (no writes)</source>
            <translation>{0}: inactiva (sin escrituras)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: normal (5 writes/s)</source>
            <translation>{0}: normal (5 escrituras/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: busy (50 writes/s)</source>
            <translation>{0}: ocupada (50 escrituras/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: heavy (500 writes/s)</source>
            <translation>{0}: carga alta (500 escrituras/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: {0} now writes {1} times a second.</source>
            <translation>Laboratorio: {0} ahora escribe {1} veces por segundo.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>The lab refused: {0}</source>
            <translation>El laboratorio lo rechazó: {0}</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>&amp;Language</source>
            <translation>I&amp;dioma</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>System default ({0})</source>
            <translation>Predeterminado del sistema ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>The console speaks {0} from its next start.</source>
            <translation>La consola usará {0} a partir del próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
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
            <translation>Filtrar el árbol de infraestructura</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Filter (Ctrl+F): name, or health:critical, state:paused</source>
            <translation>Filtro (Ctrl+F): nombre, o health:critical, state:paused</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Fabric tree</source>
            <translation>Árbol de infraestructura</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Data is not live</source>
            <translation>Los datos no están actualizados</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Select a site, cloud, host or VM to see its details.</source>
            <translation>Seleccione un sitio, una nube, un host o una VM para ver sus detalles.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Jobs</source>
            <translation>&amp;Trabajos</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;lerts</source>
            <translation>A&amp;lertas</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Ac&amp;tivity</source>
            <translation>Ac&amp;tividad</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Connection state</source>
            <translation>Estado de la conexión</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Reverse replicating</source>
            <translation>Replicación inversa en curso</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Storage low · 12 warning</source>
            <translation>Poco espacio de almacenamiento · 12 advertencia</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Recovery</source>
            <translation>Recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Connect to…</source>
            <translation>&amp;Conectar a…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Notifications…</source>
            <translation>&amp;Notificaciones…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Fabric &amp;tree</source>
            <translation>Árbol de &amp;infraestructura</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Alerts</source>
            <translation>A&amp;lertas</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;ctivity</source>
            <translation>Acti&amp;vidad</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>E&amp;xpand all</source>
            <translation>&amp;Expandir todo</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>C&amp;ollapse all</source>
            <translation>C&amp;ontraer todo</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Operations</source>
            <translation>&amp;Operaciones</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Operations on the &amp;selection…</source>
            <translation>Operaciones sobre la &amp;selección…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Refreshing…</source>
            <translation>Actualizando…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Operations apply to VMs.</source>
            <translation>Las operaciones se aplican a las VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Refused: {0}</source>
            <translation>Rechazado: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>{0}: job {1} started.</source>
            <translation>{0}: trabajo {1} iniciado.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Connected</source>
            <translation>● Conectado</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Reconnecting</source>
            <translation>● Reconectando</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Offline</source>
            <translation>● Sin conexión</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live: the last known state, shown greyed until the connection is back.</source>
            <translation>No actualizado: el último estado conocido, en gris hasta que vuelva la conexión.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live: the replication figures are the last ones read, shown greyed until the control plane reads replication status again.</source>
            <translation>No actualizado: las cifras de replicación son las últimas leídas, en gris hasta que el plano de control vuelva a leer el estado de la replicación.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Vault: {0}</source>
            <translation>Almacén: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>{0} — Standby</source>
            <translation>{0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>viewer</source>
            <translation>lector</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>operator or admin</source>
            <translation>operador o administrador</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>admin</source>
            <translation>administrador</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>role unknown</source>
            <translation>rol desconocido</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Profile: {0} ({1})</source>
            <translation>Perfil: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Live; last change {0}</source>
            <translation>Actualizado; último cambio {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — replication figures as of {0} ({1} ago): the control plane cannot read replication status. Health, RPO and recovery points may have changed since.</source>
            <translation>No actualizado — cifras de replicación de las {0} (hace {1}): el plano de control no puede leer el estado de la replicación. La salud, el RPO y los puntos de recuperación pueden haber cambiado.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — the control plane cannot read replication status. Health, RPO and recovery points may have changed.</source>
            <translation>No actualizado — el plano de control no puede leer el estado de la replicación. La salud, el RPO y los puntos de recuperación pueden haber cambiado.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — last known state as of {0} ({1} ago). Health, RPO and figures may have changed since.</source>
            <translation>No actualizado — último estado conocido de las {0} (hace {1}). La salud, el RPO y las cifras pueden haber cambiado.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — no data received yet.</source>
            <translation>No actualizado — aún no se han recibido datos.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Clock {0} behind the control plane</source>
            <translation>Reloj {0} por detrás del plano de control</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Clock {0} ahead of the control plane</source>
            <translation>Reloj {0} por delante del plano de control</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;lerts ({0})</source>
            <translation>A&amp;lertas ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/menu.py" />
            <source>&amp;DR drill…</source>
            <translation>Simulacro de &amp;DR…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/menu.py" />
            <source>Drill &amp;history…</source>
            <translation>&amp;Historial de simulacros…</translation>
        </message>
    </context>
    <context>
        <name>ManualActionBanner</name>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Manual action</source>
            <translation>Acción manual</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Done — resume</source>
            <translation>Hecho — reanudar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Manual action done: resume the plan</source>
            <translation>Acción manual hecha: reanudar el plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>The plan waits for you — group {0}: {1}</source>
            <translation>El plan le espera — grupo {0}: {1}</translation>
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
            <translation>Seleccionar todos los mostrados</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>{0} of {1} selected</source>
            <translation>{0} de {1} seleccionados</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source> · {0} shown</source>
            <translation> · {0} mostrados</translation>
        </message>
    </context>
    <context>
        <name>NotificationsDialog</name>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Recovery plan</source>
            <translation>Plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Site</source>
            <translation>Sitio</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Critical</source>
            <translation>Crítico</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Raised</source>
            <translation>Generada</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>More severe</source>
            <translation>Más grave</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Resolved</source>
            <translation>Resuelta</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Delivered</source>
            <translation>Entregada</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Failed</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet from</source>
            <translation>Silencio desde</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet until</source>
            <translation>Silencio hasta</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Signing secret</source>
            <translation>Secreto de firma</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>SMTP server</source>
            <translation>Servidor SMTP</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Username</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notifications — Standby</source>
            <translation>Notificaciones — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Alerts reach people who are not watching the console: each rule sends the alerts of at least its severity to a webhook or by e-mail.</source>
            <translation>Las alertas llegan a quien no está mirando la consola: cada regla envía las alertas de al menos su gravedad a un webhook o por correo electrónico.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notification rules</source>
            <translation>Reglas de notificación</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;New rule</source>
            <translation>&amp;Nueva regla</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Delivery log</source>
            <translation>Registro de entregas</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Last error</source>
            <translation>Último error</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>e.g. On-call engineer</source>
            <translation>p. ej. Técnico de guardia</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send notifications for this rule</source>
            <translation>Enviar notificaciones para esta regla</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>At least:</source>
            <translation>Al menos:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Site:</source>
            <translation>Sitio:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Recovery plan:</source>
            <translation>Plan de recuperación:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Hold notifications during quiet hours</source>
            <translation>Retener las notificaciones durante las horas de silencio</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet hours:</source>
            <translation>Horas de silencio:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>An IANA time zone name, e.g. Europe/Stockholm</source>
            <translation>Un nombre de zona horaria IANA, p. ej. Europe/Stockholm</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>from</source>
            <translation>desde</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>until</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Webhook (signed JSON POST)</source>
            <translation>Webhook (POST JSON firmado)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>E-mail (SMTP)</source>
            <translation>Correo electrónico (SMTP)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send by:</source>
            <translation>Enviar por:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send a &amp;test</source>
            <translation>Enviar una &amp;prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Save the rule if it changed, then send a test through it</source>
            <translation>Guarda la regla si ha cambiado y luego envía una prueba a través de ella</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Signing secret:</source>
            <translation>Secreto de firma:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Each POST is signed: its X-Standby-Signature header is sha256= and the HMAC-SHA256, keyed with this secret, of the X-Standby-Timestamp header, a dot and the body.</source>
            <translation>Cada POST va firmado: su encabezado X-Standby-Signature es sha256= seguido del HMAC-SHA256, con este secreto como clave, del encabezado X-Standby-Timestamp, un punto y el cuerpo.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>port</source>
            <translation>puerto</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>SMTP server:</source>
            <translation>Servidor SMTP:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (puerto 587)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>TLS (port 465)</source>
            <translation>TLS (puerto 465)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>None (no login)</source>
            <translation>Ninguna (sin inicio de sesión)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Security:</source>
            <translation>Seguridad:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Username:</source>
            <translation>Nombre de usuario:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>From:</source>
            <translation>De:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>oncall@example.net, dr-team@example.net</source>
            <translation>guardia@example.net, dr-team@example.net</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>To:</source>
            <translation>Para:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Any site</source>
            <translation>Cualquier sitio</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Any recovery plan</source>
            <translation>Cualquier plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Stored — leave empty to keep it</source>
            <translation>Guardado — déjelo vacío para conservarlo</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notification rules are managed with an administrator's token; this connection's token may not read or change them.</source>
            <translation>Las reglas de notificación se administran con el token de un administrador; el token de esta conexión no puede leerlas ni cambiarlas.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Cannot list the notification rules: {0}</source>
            <translation>No se pueden listar las reglas de notificación: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>No rules yet: fill in the form and save it.</source>
            <translation>Aún no hay reglas: rellene el formulario y guárdelo.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>webhook</source>
            <translation>webhook</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>e-mail to {0}</source>
            <translation>correo a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>{0} (off)</source>
            <translation>{0} (desactivada)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>{0} and worse, {1}</source>
            <translation>{0} y más graves, {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Cannot read the delivery log: {0}</source>
            <translation>No se puede leer el registro de entregas: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Not saved: {0}</source>
            <translation>No guardada: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Saved the rule {0}.</source>
            <translation>Se guardó la regla {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Sending a test through {0}…</source>
            <translation>Enviando una prueba a través de {0}…</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test could not be sent: {0}</source>
            <translation>No se pudo enviar la prueba: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test was delivered through {0}.</source>
            <translation>La prueba se entregó a través de {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test was not delivered: {0}</source>
            <translation>La prueba no se entregó: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Not deleted: {0}</source>
            <translation>No eliminada: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Deleted the rule {0}.</source>
            <translation>Se eliminó la regla {0}.</translation>
        </message>
    </context>
    <context>
        <name>OperationReason</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback brings a VM back to its primary site; this one already runs there.</source>
            <translation>La conmutación por recuperación devuelve una VM a su sitio principal; esta ya se ejecuta allí.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a cleanup is already running</source>
            <translation>ya hay una limpieza en curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a committed failover can't be cancelled — reverse replicate, then fail back</source>
            <translation>una conmutación por error confirmada no se puede cancelar — haga la replicación inversa y después la conmutación por recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a failed-over item (committed or not) or a failed reverse replication to retry</source>
            <translation>un elemento con conmutación por error (confirmada o no) o una replicación inversa fallida que reintentar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a failover that is not committed (failed-over or failover-failed)</source>
            <translation>una conmutación por error sin confirmar (realizada o con error)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a paused item</source>
            <translation>un elemento en pausa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected item</source>
            <translation>un elemento protegido</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected item running at the recovery site</source>
            <translation>un elemento protegido que se ejecuta en el sitio de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected or paused item</source>
            <translation>un elemento protegido o en pausa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected or replicating item with no failover pending</source>
            <translation>un elemento protegido o en replicación sin conmutación por error pendiente</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a replica with a recovery point to start from</source>
            <translation>una réplica con un punto de recuperación desde el que iniciar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a resynchronization can't be paused half-way — let it finish</source>
            <translation>una resincronización no se puede pausar a medias — deje que termine</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a resynchronization is already running</source>
            <translation>ya hay una resincronización en curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover awaiting cleanup</source>
            <translation>una conmutación por error de prueba pendiente de limpieza</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover awaits cleanup: clean it up first</source>
            <translation>una conmutación por error de prueba espera limpieza: límpiela primero</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover is being cleaned up: wait for that to finish</source>
            <translation>se está limpiando una conmutación por error de prueba: espere a que termine</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover is running on this item: wait for it to finish</source>
            <translation>hay una conmutación por error de prueba en curso en este elemento: espere a que termine</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an initial copy can't be paused half-way — let it finish or disable protection</source>
            <translation>una copia inicial no se puede pausar a medias — deje que termine o deshabilite la protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an item that is failed over and not yet committed</source>
            <translation>un elemento con conmutación por error realizada y aún sin confirmar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an item that is resync-required or protected</source>
            <translation>un elemento que requiere resincronización o está protegido</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an unprotected item (or a failed enable to retry)</source>
            <translation>un elemento no protegido (o una habilitación fallida que reintentar)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>clean up the previous drill first</source>
            <translation>limpie primero el simulacro anterior</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>cleaning-up</source>
            <translation>limpiándose</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>cleanup-pending</source>
            <translation>pendiente de limpieza</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit discarded the other recovery points</source>
            <translation>la confirmación descartó los demás puntos de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit it and start reverse replication first</source>
            <translation>confírmela e inicie primero la replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit or cancel the failover first</source>
            <translation>confirme o cancele primero la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>disabling-protection</source>
            <translation>deshabilitando protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enable protection first</source>
            <translation>habilite primero la protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enable-protection-failed</source>
            <translation>error al habilitar la protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enabling-protection</source>
            <translation>habilitando protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failed-over</source>
            <translation>conmutación por error realizada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-committed</source>
            <translation>conmutación por error confirmada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-failed</source>
            <translation>error en la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-in-progress</source>
            <translation>conmutación por error en curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>initial-replication</source>
            <translation>replicación inicial</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it already runs on the replica — commit or cancel it</source>
            <translation>ya se ejecuta en la réplica — confirme o cancele la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it has no recovery point yet — wait for initial replication to finish</source>
            <translation>aún no tiene punto de recuperación — espere a que termine la replicación inicial</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is already paused</source>
            <translation>ya está en pausa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is not paused</source>
            <translation>no está en pausa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is not protected</source>
            <translation>no está protegido</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>its recovery points may be stale — resynchronize it first</source>
            <translation>sus puntos de recuperación pueden estar obsoletos — vuelva a sincronizar primero</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>no other drill on this item</source>
            <translation>ningún otro simulacro en este elemento</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>not-protected</source>
            <translation>no protegido</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protected</source>
            <translation>protegido</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protection is already enabled</source>
            <translation>la protección ya está habilitada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protection is being disabled</source>
            <translation>la protección se está deshabilitando</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resume replication first</source>
            <translation>reanude primero la replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resync-required</source>
            <translation>resincronización necesaria</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resynchronize it first</source>
            <translation>vuelva a sincronizar primero</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resynchronizing</source>
            <translation>resincronizando</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry enabling protection first</source>
            <translation>reintente primero habilitar la protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry reverse replication first</source>
            <translation>reintente primero la replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry with an unplanned failover, or cancel the failover</source>
            <translation>reintente con una conmutación por error no planeada o cancele la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>reverse-replicating</source>
            <translation>replicación inversa en curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>reverse-replication-failed</source>
            <translation>error en la replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>running</source>
            <translation>en ejecución</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>start reverse replication first</source>
            <translation>inicie primero la replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the failover did not finish — retry it as an unplanned failover, or cancel it</source>
            <translation>la conmutación por error no terminó — reinténtela como conmutación por error no planeada o cancele la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the failover is already committed</source>
            <translation>la conmutación por error ya está confirmada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no complete copy yet — wait for reverse replication to finish</source>
            <translation>el otro sitio aún no tiene una copia completa — espere a que termine la replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no complete copy — retry reverse replication first</source>
            <translation>el otro sitio no tiene una copia completa — reintente primero la replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no replica until reverse replication</source>
            <translation>el otro sitio no tiene réplica hasta la replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no failover to reverse</source>
            <translation>no hay ninguna conmutación por error que invertir</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no uncommitted failover</source>
            <translation>no hay ninguna conmutación por error sin confirmar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is nothing to clean up</source>
            <translation>no hay nada que limpiar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for initial replication to finish</source>
            <translation>espere a que termine la replicación inicial</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for protection to be disabled</source>
            <translation>espere a que se deshabilite la protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for protection to be enabled</source>
            <translation>espere a que se habilite la protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for resynchronization to finish</source>
            <translation>espere a que termine la resincronización</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for reverse replication to finish</source>
            <translation>espere a que termine la replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the cleanup to finish</source>
            <translation>espere a que termine la limpieza</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the failover to finish</source>
            <translation>espere a que termine la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the running drill to finish</source>
            <translation>espere a que termine el simulacro en curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the test failover to finish first</source>
            <translation>espere primero a que termine la conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; its test failover is {2}: {3}.</source>
            <translation>«{0}» requiere {1}; su conmutación por error de prueba está «{2}»: {3}.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; this one is {2}: {3}.</source>
            <translation>«{0}» requiere {1}; su estado es «{2}»: {3}.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; this one is {2}.</source>
            <translation>«{0}» requiere {1}; su estado es «{2}».</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} can't run while {1}.</source>
            <translation>«{0}» no se puede ejecutar ahora: {1}.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Plan name</source>
            <translation>Nombre del plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>e.g. ERP estate</source>
            <translation>p. ej. Entorno ERP</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Plan &amp;name:</source>
            <translation>&amp;Nombre del plan:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>What the plan recovers, and who owns it</source>
            <translation>Qué recupera el plan y quién es su responsable</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Why the plan cannot be saved</source>
            <translation>Por qué no se puede guardar el plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The control plane's answer</source>
            <translation>La respuesta del plano de control</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Protected VMs — drag into a group</source>
            <translation>VM protegidas — arrastre a un grupo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Filter the protected VMs</source>
            <translation>Filtrar las VM protegidas</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Filter by name</source>
            <translation>Filtrar por nombre</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Protected VMs</source>
            <translation>VM protegidas</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Add to group →</source>
            <translation>&amp;Añadir al grupo →</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Add the selected VMs to the selected group</source>
            <translation>Añadir las VM seleccionadas al grupo seleccionado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>No protected VMs yet: protect VMs first, then add them here.</source>
            <translation>Aún no hay VM protegidas: proteja primero las VM y añádalas aquí.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Groups run in order; the VMs of a group in parallel</source>
            <translation>Los grupos se ejecutan en orden; las VM de un grupo en paralelo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Groups of the plan</source>
            <translation>Grupos del plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>+ &amp;Group</source>
            <translation>+ &amp;Grupo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Add a group at the end</source>
            <translation>Añadir un grupo al final</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>▲ &amp;Up</source>
            <translation>▲ &amp;Subir</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Run the selected group earlier</source>
            <translation>Ejecutar antes el grupo seleccionado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>▼ D&amp;own</source>
            <translation>▼ &amp;Bajar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Run the selected group later</source>
            <translation>Ejecutar después el grupo seleccionado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Remove the selected VM or group</source>
            <translation>Quitar la VM o el grupo seleccionado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Select the group to add the VMs to.</source>
            <translation>Seleccione el grupo al que añadir las VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Select VMs in the list first.</source>
            <translation>Seleccione primero VM en la lista.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>… and {0} more</source>
            <translation>… y {0} más</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Cannot save yet:</source>
            <translation>Aún no se puede guardar:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>new plan</source>
            <translation>plan nuevo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>New recovery plan — {0}{1}</source>
            <translation>Nuevo plan de recuperación — {0}{1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Recovery plan — {0}{1}</source>
            <translation>Plan de recuperación — {0}{1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The control plane refused the plan:</source>
            <translation>El plano de control rechazó el plan:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The plan has changes that are not saved. Close and discard them?</source>
            <translation>El plan tiene cambios sin guardar. ¿Cerrar y descartarlos?</translation>
        </message>
    </context>
    <context>
        <name>PlanMenu</name>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>Recovery &amp;plans</source>
            <translation>Planes de &amp;recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;New plan…</source>
            <translation>&amp;Nuevo plan…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;Edit plan</source>
            <translation>&amp;Editar plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;Follow a plan job</source>
            <translation>&amp;Seguir un trabajo del plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>No recovery plans yet</source>
            <translation>Aún no hay planes de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>{0}  ({1})</source>
            <translation>{0}  ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>No plan jobs</source>
            <translation>No hay trabajos de plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>{0} of {1} — {2}</source>
            <translation>{0} de {1} — {2}</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Choose the recovery plan to drill</source>
            <translation>Elija el plan de recuperación del simulacro</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>The drill starts a test failover of every VM of the plan into the isolated test network. Replication goes on; production is not touched.</source>
            <translation>El simulacro inicia una conmutación por error de prueba de cada VM del plan en la red de prueba aislada. La replicación continúa; producción no se toca.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Recovery plan</source>
            <translation>Plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>&amp;Recovery plan:</source>
            <translation>&amp;Plan de recuperación:</translation>
        </message>
    </context>
    <context>
        <name>PlanRules</name>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The plan needs a name.</source>
            <translation>El plan necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The name is longer than {0} characters.</source>
            <translation>El nombre tiene más de {0} caracteres.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>A recovery plan named '{0}' exists already.</source>
            <translation>Ya existe un plan de recuperación llamado '{0}'.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The description is longer than 2000 characters.</source>
            <translation>La descripción tiene más de 2000 caracteres.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The plan needs at least one group.</source>
            <translation>El plan necesita al menos un grupo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>A plan has at most {0} groups.</source>
            <translation>Un plan tiene como máximo {0} grupos.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Group {0}</source>
            <translation>Grupo {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0} needs a name.</source>
            <translation>{0} necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>not a protected item: protect it first</source>
            <translation>no es un elemento protegido: protéjalo primero</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: {1} is not a protected item; protect it first.</source>
            <translation>{0}: {1} no es un elemento protegido; protéjalo primero.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>in group {0} already: a VM goes in one group only</source>
            <translation>ya está en el grupo {0}: una VM va en un solo grupo</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: {1} is in group {2} already; a VM goes in one group only.</source>
            <translation>{0}: {1} ya está en el grupo {2}; una VM va en un solo grupo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Add at least one protected VM to a group.</source>
            <translation>Añada al menos una VM protegida a un grupo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>an action</source>
            <translation>una acción</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: an action needs a name.</source>
            <translation>{0}: una acción necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: script '{1}' needs a command.</source>
            <translation>{0}: el script '{1}' necesita un comando.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the command of '{1}' is too long.</source>
            <translation>{0}: el comando de '{1}' es demasiado largo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the timeout of '{1}' must be 1 s to 24 h.</source>
            <translation>{0}: el tiempo de espera de '{1}' debe ser de 1 s a 24 h.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: manual step '{1}' needs instructions for the operator.</source>
            <translation>{0}: el paso manual '{1}' necesita instrucciones para el operador.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the instructions of '{1}' are too long.</source>
            <translation>{0}: las instrucciones de '{1}' son demasiado largas.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Group {0}: {1}</source>
            <translation>Grupo {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Script {0}</source>
            <translation>Script {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Manual step {0}</source>
            <translation>Paso manual {0}</translation>
        </message>
    </context>
    <context>
        <name>PlanRunView</name>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Groups, VMs and steps of the plan job</source>
            <translation>Grupos, VM y pasos del trabajo del plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Group / VM / step</source>
            <translation>Grupo / VM / paso</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel plan job</source>
            <translation>Cancelar trabajo del plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel the plan job</source>
            <translation>Cancelar el trabajo del plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Close this view; the job goes on</source>
            <translation>Cerrar esta vista; el trabajo continúa</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Could not read the job: {0}</source>
            <translation>No se pudo leer el trabajo: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} of plan {1} — {2}</source>
            <translation>{0} del plan {1} — {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Recovery plan job</source>
            <translation>Trabajo del plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Waiting for the job to arrive…</source>
            <translation>Esperando a que llegue el trabajo…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Started by {0}</source>
            <translation>Iniciado por {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>, at {0}</source>
            <translation>, en {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Job {0}</source>
            <translation>Trabajo {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>The job has ended: {0}.</source>
            <translation>El trabajo ha terminado: {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Group {0}</source>
            <translation>Grupo {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>script</source>
            <translation>script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} ({1}): {2}</source>
            <translation>{0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>VMs in parallel ({0})</source>
            <translation>VM en paralelo ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not started</source>
            <translation>No iniciado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Waiting for you</source>
            <translation>Esperándole</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Succeeded</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Failed</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not run</source>
            <translation>No ejecutado</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not connected to the control plane.</source>
            <translation>Sin conexión con el plano de control.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Resuming the plan…</source>
            <translation>Reanudando el plan…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancelling the plan job…</source>
            <translation>Cancelando el trabajo del plan…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>The control plane refused: {0}</source>
            <translation>El plano de control lo rechazó: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Resumed: the plan goes on.</source>
            <translation>Reanudado: el plan continúa.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel requested: the job stops at its next step.</source>
            <translation>Cancelación solicitada: el trabajo se detiene en su siguiente paso.</translation>
        </message>
    </context>
    <context>
        <name>ProtectedVmsModel</name>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0}  — in group {1}</source>
            <translation>{0}  — en el grupo {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0}: {1}. Drag it into a group.</source>
            <translation>{0}: {1}. Arrástrela a un grupo.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} is in group {1} already; a VM goes in one group only.</source>
            <translation>{0} ya está en el grupo {1}; una VM va en un solo grupo.</translation>
        </message>
    </context>
    <context>
        <name>ReplicationState</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not protected</source>
            <translation>No protegido</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enabling protection</source>
            <translation>Habilitando protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication</source>
            <translation>Replicación inicial</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Protected</source>
            <translation>Protegido</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resync required</source>
            <translation>Resincronización necesaria</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronizing</source>
            <translation>Resincronizando</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover in progress</source>
            <translation>Conmutación por error en curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed over</source>
            <translation>Conmutación por error realizada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover committed</source>
            <translation>Conmutación por error confirmada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replicating</source>
            <translation>Replicación inversa en curso</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disabling protection</source>
            <translation>Deshabilitando protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection failed</source>
            <translation>Error al habilitar la protección</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover failed</source>
            <translation>Error en la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication failed</source>
            <translation>Error en la replicación inversa</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Drill report</source>
            <translation>Informe del simulacro</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open &amp;PDF</source>
            <translation>Abrir &amp;PDF</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open &amp;HTML</source>
            <translation>Abrir &amp;HTML</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open the &amp;folder</source>
            <translation>Abrir la &amp;carpeta</translation>
        </message>
    </context>
    <context>
        <name>StepList</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Drill steps</source>
            <translation>Pasos del simulacro</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>1. Recovery plan</source>
            <translation>1. Plan de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>2. Pre-checks</source>
            <translation>2. Comprobaciones previas</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>3. Test failover</source>
            <translation>3. Conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>4. Verify</source>
            <translation>4. Verificar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>5. Clean up</source>
            <translation>5. Limpiar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>6. Report</source>
            <translation>6. Informe</translation>
        </message>
    </context>
    <context>
        <name>StepText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the source VM</source>
            <translation>Apagar la VM de origen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replicate the last changes</source>
            <translation>Replicar los últimos cambios</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the replica</source>
            <translation>Iniciar la réplica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the test VM from a recovery point</source>
            <translation>Iniciar la VM de prueba desde un punto de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Remove the test VM</source>
            <translation>Quitar la VM de prueba</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the source and replicate (best effort)</source>
            <translation>Apagar el origen y replicar (en lo posible)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the replica from the recovery point</source>
            <translation>Iniciar la réplica desde el punto de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Fence the old copy</source>
            <translation>Aislar la copia antigua</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit the failover</source>
            <translation>Confirmar la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change the recovery point</source>
            <translation>Cambiar el punto de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel the failover</source>
            <translation>Cancelar la conmutación por error</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize from the active side</source>
            <translation>Volver a sincronizar desde el lado activo</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Replicación inversa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize the replica</source>
            <translation>Volver a sincronizar la réplica</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Pausar replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Reanudar replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Prepare the replica on the recovery host</source>
            <translation>Preparar la réplica en el host de recuperación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Wait for the scheduled start at {start_time}</source>
            <translation>Esperar al inicio programado a las {start_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication</source>
            <translation>Replicación inicial</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Stop replication</source>
            <translation>Detener la replicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the VMs</source>
            <translation>Apagar las VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: before — {action}</source>
            <translation>Grupo {group}: antes — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): before — {action}</source>
            <translation>Grupo {group} ({group_name}): antes — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: {operation} of {count} VM(s)</source>
            <translation>Grupo {group}: {operation} de {count} VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): {operation} of {count} VM(s)</source>
            <translation>Grupo {group} ({group_name}): {operation} de {count} VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: after — {action}</source>
            <translation>Grupo {group}: después — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): after — {action}</source>
            <translation>Grupo {group} ({group_name}): después — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test VM {test_vm} started from the point of {point_time}.</source>
            <translation>VM de prueba {test_vm} iniciada desde el punto de las {point_time}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Removed {count} object(s) the test failover created.</source>
            <translation>Se quitaron {count} objetos creados por la conmutación por error de prueba.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source VM is shut down.</source>
            <translation>La VM de origen está apagada.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The last changes are replicated.</source>
            <translation>Los últimos cambios están replicados.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Skipped: the operator chose not to shut the source down.</source>
            <translation>Omitido: el operador eligió no apagar el origen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source was shut down and its last changes replicated.</source>
            <translation>Se apagó el origen y se replicaron sus últimos cambios.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source could not be reached ({error}); failing over without it.</source>
            <translation>No se pudo alcanzar el origen ({error}); se conmuta por error sin él.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); writes lost: {writes_lost}.</source>
            <translation>Iniciada desde el punto de las {point_time} ({point_kind}); escrituras perdidas: {writes_lost}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); nothing lost: the source was shut down and its last changes replicated first.</source>
            <translation>Iniciada desde el punto de las {point_time} ({point_kind}); nada perdido: primero se apagó el origen y se replicaron sus últimos cambios.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); the writes after it up to {writes_until} are lost, {unreplicated_bytes} of them never replicated.</source>
            <translation>Iniciada desde el punto de las {point_time} ({point_kind}); las escrituras posteriores hasta las {writes_until} se pierden, {unreplicated_bytes} de ellas nunca replicados.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The old copy is fenced: it will not start again when its site returns.</source>
            <translation>La copia antigua está aislada: no se iniciará de nuevo cuando vuelva su sitio.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Committed: the other recovery points are discarded.</source>
            <translation>Confirmado: se descartaron los demás puntos de recuperación.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Now running from the point of {point_time}.</source>
            <translation>Ahora se ejecuta desde el punto de las {point_time}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover cancelled: the VM runs on its original side again.</source>
            <translation>Conmutación por error cancelada: la VM vuelve a ejecutarse en su lado original.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed ({bytes_shipped} shipped); replicating in the new direction.</source>
            <translation>Sincronizado de nuevo: {blocks_shipped} de {blocks_compared} bloques diferían ({bytes_shipped} enviados); se replica en la nueva dirección.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication paused; writes keep collecting and ship on resume.</source>
            <translation>Replicación en pausa; las escrituras se acumulan y se envían al reanudar.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication resumed.</source>
            <translation>Replicación reanudada.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed ({bytes_shipped} shipped).</source>
            <translation>Sincronizado de nuevo: {blocks_shipped} de {blocks_compared} bloques diferían ({bytes_shipped} enviados).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replica prepared on {host}.</source>
            <translation>Réplica preparada en {host}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The policy starts the initial copy at {start_time}; waiting.</source>
            <translation>La directiva inicia la copia inicial a las {start_time}; esperando.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The scheduled start has come.</source>
            <translation>Ha llegado el inicio programado.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication complete; delta replication runs from now on.</source>
            <translation>Replicación inicial completada; desde ahora se ejecuta la replicación diferencial.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication stopped, replica deleted.</source>
            <translation>Replicación detenida, réplica eliminada.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication stopped; the replica is kept.</source>
            <translation>Replicación detenida; se conserva la réplica.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting for an operator: {instructions}</source>
            <translation>Esperando a un operador: {instructions}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resumed by an operator.</source>
            <translation>Reanudado por un operador.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>FAILED: {error}</source>
            <translation>ERROR: {error}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery address {address} (per-VM rule).</source>
            <translation>Dirección de recuperación {address} (regla por VM).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery address {address} (subnet rule {rule_from} → {rule_to}).</source>
            <translation>Dirección de recuperación {address} (regla de subred {rule_from} → {rule_to}).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Keeps its address {address}.</source>
            <translation>Conserva su dirección {address}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Keeps its address (it reports none).</source>
            <translation>Conserva su dirección (no informa ninguna).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: the VM is attached to no network.</source>
            <translation>Sin dirección de recuperación: la VM no está conectada a ninguna red.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: its network has no network mapping.</source>
            <translation>Sin dirección de recuperación: su red no tiene asignación de red.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: the VM reports none and no per-VM rule names one.</source>
            <translation>Sin dirección de recuperación: la VM no informa ninguna y ninguna regla por VM indica una.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: no rule of its network mapping covers {address}.</source>
            <translation>Sin dirección de recuperación: ninguna regla de su asignación de red cubre {address}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Protected VMs by health</source>
            <translation>VM protegidas por salud</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Critical</source>
            <translation>Crítico</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Not protected</source>
            <translation>No protegido</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Pairings and policies</source>
            <translation>Emparejamientos y directivas</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>VMs that need attention</source>
            <translation>VM que requieren atención</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>(no longer in the vault)</source>
            <translation>(ya no está en el almacén)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Vault</source>
            <translation>Almacén</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Site</source>
            <translation>Sitio</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Cloud</source>
            <translation>Nube</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>No cloud pairing involves it.</source>
            <translation>Ningún emparejamiento de nubes lo incluye.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source> (embedded lab)</source>
            <translation> (laboratorio integrado)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Control plane {0}{1}, version {2}: {3} sites, {4} VMs</source>
            <translation>Plano de control {0}{1}, versión {2}: {3} sitios, {4} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>up</source>
            <translation>activo</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>DOWN</source>
            <translation>CAÍDO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>provider connected, last heartbeat {0}</source>
            <translation>proveedor conectado, último latido {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>provider DISCONNECTED since {0}</source>
            <translation>proveedor DESCONECTADO desde {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} · site {1} · VMM server {2}: {3} · {4} clouds, {5} VMs</source>
            <translation>{0} · sitio {1} · servidor VMM {2}: {3} · {4} nubes, {5} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} hosts, {1} VMs</source>
            <translation>{0} hosts, {1} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>agent {0} connected, last heartbeat {1}</source>
            <translation>agente {0} conectado, último latido {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>agent {0} DISCONNECTED since {1}</source>
            <translation>agente {0} DESCONECTADO desde {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} · {1} VMs</source>
            <translation>{0} · {1} VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Under {0} % free. When it is full, replication to and from this host pauses (and resumes when space returns): free space on it or add storage.</source>
            <translation>Menos del {0} % libre. Cuando el almacenamiento se llena, la replicación desde y hacia este host se pausa (y se reanuda cuando vuelve a haber espacio): libere espacio en él o añada almacenamiento.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>As last reported: the agent is disconnected.</source>
            <translation>Último valor notificado: el agente está desconectado.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0}: copy every {1}, keep {2} h of points, app-consistent every {3} h</source>
            <translation>{0}: copia cada {1}, conservar {2} h de puntos, coherente con la aplicación cada {3} h</translation>
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
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
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
            <translation>Mostrar consola</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: not connected (showing the last known state)</source>
            <translation>Standby: sin conexión (último estado conocido)</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: all protected VMs healthy</source>
            <translation>Standby: todas las VM protegidas en buen estado</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: warnings need attention</source>
            <translation>Standby: hay advertencias que requieren atención</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: critical — see the console</source>
            <translation>Standby: crítico — vea la consola</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Site {0} is down</source>
            <translation>El sitio {0} está caído</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Protection is at risk for {0} protected VMs replicating there: their changes are not replicated, and they cannot fail over there.</source>
            <translation>La protección está en riesgo para {0} VM protegidas que replican allí: sus cambios no se replican y no pueden conmutar por error allí.</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Protection at risk</source>
            <translation>Protección en riesgo</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Critical alert</source>
            <translation>Alerta crítica</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>{0} critical alerts</source>
            <translation>{0} alertas críticas</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Latest: {0}</source>
            <translation>Última: {0}</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Verify the test VMs</source>
            <translation>Verificar las VM de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Each test VM's recovery point is proven consistent by the estate's own checks (a file system check and the guest's own log, or the lab's auditor). Tick each item once you have verified it.</source>
            <translation>El punto de recuperación de cada VM de prueba se demuestra coherente con las comprobaciones propias del entorno (una comprobación del sistema de archivos y el registro propio del invitado, o el auditor del laboratorio). Marque cada elemento una vez verificado.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test VMs</source>
            <translation>VM de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test VM</source>
            <translation>VM de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Recovery point</source>
            <translation>Punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Consistency proof</source>
            <translation>Prueba de coherencia</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Checklist</source>
            <translation>Lista de comprobación</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Another item to verify…</source>
            <translation>Otro elemento que verificar…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
    </context>
    <context>
        <name>VmPane</name>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>VM details</source>
            <translation>Detalles de la VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Replication</source>
            <translation>Replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Test failover</source>
            <translation>Conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Active location</source>
            <translation>Ubicación activa</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Last replication</source>
            <translation>Última replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Throughput</source>
            <translation>Rendimiento</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Cycles</source>
            <translation>Ciclos</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Policy</source>
            <translation>Directiva</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Source → target</source>
            <translation>Origen → destino</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Power</source>
            <translation>Energía</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Addresses</source>
            <translation>Direcciones</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>At failover</source>
            <translation>En la conmutación por error</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Recovery points</source>
            <translation>Puntos de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Time</source>
            <translation>Hora</translation>
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
            <translation>No se pudo obtener el historial: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>(VM no longer in the vault)</source>
            <translation>(la VM ya no está en el almacén)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Not protected</source>
            <translation>No protegido</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>This VM is not protected. Use “Enable protection” from its menu.</source>
            <translation>Esta VM no está protegida. Use «Habilitar protección» en su menú.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>none yet: the initial copy is under way</source>
            <translation>ninguno aún: la primera copia está en curso</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>unknown: no recovery point yet</source>
            <translation>desconocido: aún no hay punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0}  (reverse replication under way: judged once it completes)</source>
            <translation>{0}  (replicación inversa en curso: se evalúa cuando termine)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: protection is being enabled; the initial copy starts next.</source>
            <translation>Sin problemas: se está habilitando la protección; la primera copia empieza a continuación.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: the initial copy is under way; the VM is protected from its first recovery point on.</source>
            <translation>Sin problemas: la primera copia está en curso; la VM está protegida a partir de su primer punto de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: reverse replication is under way.</source>
            <translation>Sin problemas: replicación inversa en curso.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems.</source>
            <translation>Sin problemas.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0}  (target {1}, warning above {2})</source>
            <translation>{0}  (objetivo {1}, advertencia por encima de {2})</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} successful, {1} missed</source>
            <translation>{0} correctos, {1} perdidos</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} ago</source>
            <translation>hace {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Crash consistent</source>
            <translation>Coherente frente a bloqueos</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>App consistent</source>
            <translation>Coherente con la aplicación</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Running</source>
            <translation>En ejecución</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Off</source>
            <translation>Apagada</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery</source>
            <translation>Recuperación</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>crash-consistent</source>
            <translation>coherente frente a bloqueos</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>app-consistent</source>
            <translation>coherente con la aplicación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>Recovery plan</source>
            <translation>Plan de recuperación</translation>
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
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit the failover</source>
            <translation>Confirmar la conmutación por error</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Keep the point each VM runs from.</source>
            <translation>Conservar el punto desde el que se ejecuta cada VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit discards the other recovery points: afterwards the recovery point can no longer be changed and the failover can no longer be cancelled.</source>
            <translation>Confirmar descarta los demás puntos de recuperación: después ya no se puede cambiar el punto de recuperación ni cancelar la conmutación por error.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Operation</source>
            <translation>Operación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>runs from {0}</source>
            <translation>se ejecuta desde {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Change recovery point</source>
            <translation>Cambiar punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Another recovery point</source>
            <translation>Otro punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The VM restarts from the point you choose; the failover stays uncommitted.</source>
            <translation>La VM se reinicia desde el punto que elija; la conmutación por error sigue sin confirmar.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Runs now from</source>
            <translation>Se ejecuta ahora desde</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Review</source>
            <translation>Revisar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The VM is restarted: it is down for a moment.</source>
            <translation>La VM se reinicia: estará inactiva un momento.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Reverse replication</source>
            <translation>Replicación inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Start reverse replication</source>
            <translation>Iniciar replicación inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} write(s)</source>
            <translation>{0} escritura(s)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} of data</source>
            <translation>{0} de datos</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} on the other side would be discarded</source>
            <translation>{0} en el otro lado se descartaría</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Writes on the other side</source>
            <translation>Escrituras del otro lado</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Reverse replication makes the other side a replica of the active one.</source>
            <translation>La replicación inversa convierte el otro lado en una réplica del activo.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>No writes would be discarded: nothing to confirm.</source>
            <translation>No se descartaría ninguna escritura: nada que confirmar.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>plan</source>
            <translation>plan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Writes that would be discarded</source>
            <translation>Escrituras que se descartarían</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Type the {0} name to discard them</source>
            <translation>Escriba el nombre de {0} para descartarlas</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} made on the other side after the failover point never reached the active side. Reverse replication overwrites it for good.</source>
            <translation>{0} realizado en el otro lado después del punto de conmutación por error nunca llegó al lado activo. La replicación inversa lo sobrescribe para siempre.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Type {0} exactly to accept losing {1}.</source>
            <translation>Escriba {0} exactamente para aceptar la pérdida de {1}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Discarded on the other side</source>
            <translation>Descartado en el otro lado</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Failback</source>
            <translation>Conmutación por recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Start failback</source>
            <translation>Iniciar conmutación por recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 1 of 2: planned failover back to {0}</source>
            <translation>Paso 1 de 2: conmutación por error planeada de vuelta a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The plan's VMs are shut down where they run now, their last changes replicated, then started at {0}: no data loss.</source>
            <translation>Las VM del plan se apagan donde se ejecutan ahora, se replican sus últimos cambios y se inician en {0}: sin pérdida de datos.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} is shut down where it runs now, its last changes replicated, then started at {1}: no data loss.</source>
            <translation>{0} se apaga donde se ejecuta ahora, se replican sus últimos cambios y se inicia en {1}: sin pérdida de datos.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 2 of 2: reverse replication</source>
            <translation>Paso 2 de 2: replicación inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Then replication runs from {0} to the recovery site again.</source>
            <translation>Después la replicación vuelve a ir de {0} al sitio de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Only the blocks that differ are shipped. After a planned failover no write is discarded.</source>
            <translation>Solo se envían los bloques que difieren. Tras una conmutación por error planeada no se descarta ninguna escritura.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Down from the shutdown until running at {0}.</source>
            <translation>Inactiva desde el apagado hasta que se ejecute en {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 1</source>
            <translation>Paso 1</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>planned failover back to {0}</source>
            <translation>conmutación por error planeada de vuelta a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 2</source>
            <translation>Paso 2</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>reverse replication</source>
            <translation>replicación inversa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss</source>
            <translation>Pérdida de datos prevista</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>none (the source is shut down and synced first)</source>
            <translation>ninguna (el origen se apaga y sincroniza primero)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <source>{0} of {1}: job {2} started.</source>
            <translation>{0} de {1}: trabajo {2} iniciado.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery address</source>
            <translation>Dirección de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point</source>
            <translation>Punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Listed point</source>
            <translation>Punto de la lista</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Newest first: time, kind and age of each point.</source>
            <translation>Los más recientes primero: hora, tipo y antigüedad de cada punto.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Each VM starts from</source>
            <translation>Cada VM se inicia desde</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>no such point</source>
            <translation>no existe ese punto</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Choose a point from the list.</source>
            <translation>Elija un punto de la lista.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0} has no such recovery point: choose another.</source>
            <translation>{0} no tiene ese punto de recuperación: elija otro.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest</source>
            <translation>Más reciente</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest processed</source>
            <translation>Último procesado</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest app-consistent</source>
            <translation>Último coherente con la aplicación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>its source host is not in the inventory</source>
            <translation>su host de origen no está en el inventario</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <source>the site {0} is down</source>
            <translation>el sitio {0} está caído</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>the host agent of {0} does not answer</source>
            <translation>el agente del host de {0} no responde</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Test failover</source>
            <translation>Conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start test failover</source>
            <translation>Iniciar conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Isolated: the test VM cannot reach production.</source>
            <translation>Aislada: la VM de prueba no puede llegar a producción.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Not isolated: the test VM would share a network with production.</source>
            <translation>No aislada: la VM de prueba compartiría una red con producción.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point and network</source>
            <translation>Punto de recuperación y red</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>The test VM starts from this point, in this network; replication goes on.</source>
            <translation>La VM de prueba se inicia desde este punto, en esta red; la replicación continúa.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0} is not an isolated test network: the test VM will run beside the production VM with the same identity.</source>
            <translation>{0} no es una red de prueba aislada: la VM de prueba se ejecutará junto a la VM de producción con la misma identidad.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start the test failover; the jobs pane follows it.</source>
            <translation>Inicie la conmutación por error de prueba; el panel de trabajos la sigue.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Clean the test up afterwards: a drill counts only after its cleanup.</source>
            <translation>Limpie la prueba después: un simulacro solo cuenta tras su limpieza.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Choose the network the test VM starts in.</source>
            <translation>Elija la red en la que se inicia la VM de prueba.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Test failover cleanup</source>
            <translation>Limpieza de la conmutación por error de prueba</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Clean up</source>
            <translation>Limpiar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>What did the test show?</source>
            <translation>¿Qué mostró la prueba?</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Cleanup removes only what the test created; your notes go into its record.</source>
            <translation>La limpieza elimina solo lo que creó la prueba; sus notas quedan en su registro.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>e.g. SQL started, orders readable, web front end OK.</source>
            <translation>p. ej. SQL iniciado, pedidos legibles, front-end web OK.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes are required: say what the test showed.</source>
            <translation>Las notas son obligatorias: indique qué mostró la prueba.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes are limited to 4000 characters.</source>
            <translation>Las notas tienen un límite de 4000 caracteres.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Planned failover</source>
            <translation>Conmutación por error planeada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start planned failover</source>
            <translation>Iniciar conmutación por error planeada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ source reachable</source>
            <translation>✓ origen accesible</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ recovery host reachable</source>
            <translation>✓ host de recuperación accesible</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>replication is critical</source>
            <translation>la replicación es crítica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>⚠ replication healthy enough, RPO {0} ({1})</source>
            <translation>⚠ replicación en estado suficiente, RPO {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ replication healthy (no recovery point yet this way round)</source>
            <translation>✓ replicación en buen estado (aún no hay punto de recuperación en este sentido)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ replication healthy, RPO {0}</source>
            <translation>✓ replicación en buen estado, RPO {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Pre-checks</source>
            <translation>Comprobaciones previas</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>A planned failover needs its source and its recovery host reachable and replication healthy.</source>
            <translation>Una conmutación por error planeada necesita que el origen y el host de recuperación estén accesibles y que la replicación esté en buen estado.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Checked just now</source>
            <translation>Comprobado ahora mismo</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>When the source site is down or replication is critical, use an unplanned failover instead.</source>
            <translation>Si el sitio de origen está caído o la replicación es crítica, use una conmutación por error no planeada.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>No data loss: the source will be shut down, its last changes replicated, then the replica started. The VMs are down until their replicas run.</source>
            <translation>Sin pérdida de datos: el origen se apagará, se replicarán sus últimos cambios y se iniciará la réplica. Las VM están inactivas hasta que se ejecuten sus réplicas.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Fails over to</source>
            <translation>Conmuta por error a</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Unplanned failover</source>
            <translation>Conmutación por error no planeada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start unplanned failover</source>
            <translation>Iniciar conmutación por error no planeada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>unknown: a VM has no such recovery point</source>
            <translation>desconocida: una VM no tiene ese punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>none expected, if the source can be shut down and synced</source>
            <translation>ninguna prevista, si el origen se puede apagar y sincronizar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>up to {0} of writes</source>
            <translation>hasta {0} de escrituras</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source> and {0} never replicated</source>
            <translation> y {0} nunca replicados</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point and expected data loss</source>
            <translation>Punto de recuperación y pérdida de datos prevista</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>The replica starts from this point; later writes are lost.</source>
            <translation>La réplica se inicia desde este punto; las escrituras posteriores se pierden.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>source unreachable ({0})</source>
            <translation>origen inaccesible ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>source reachable</source>
            <translation>origen accesible</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0}; {1}; loses {2}</source>
            <translation>{0}; {1}; pierde {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>First shut down the source and replicate its last changes (best effort)</source>
            <translation>Primero apagar el origen y replicar sus últimos cambios (si es posible)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>If the source cannot be reached, the failover goes on without it.</source>
            <translation>Si no se puede llegar al origen, la conmutación por error continúa sin él.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss: {0}.</source>
            <translation>Pérdida de datos prevista: {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Figures as of {0}.</source>
            <translation>Cifras a las {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss: {0}. The old copy is fenced: it will not start again when its site returns, and nothing replicates back until reverse replication.</source>
            <translation>Pérdida de datos prevista: {0}. La copia antigua queda aislada: no se volverá a iniciar cuando vuelva su sitio y nada se replica de vuelta hasta la replicación inversa.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>yes (best effort)</source>
            <translation>sí (si es posible)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Shut down the source first</source>
            <translation>Apagar primero el origen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The protected item {0} is gone.</source>
            <translation>El elemento protegido {0} ya no existe.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The recovery plan {0} is gone.</source>
            <translation>El plan de recuperación {0} ya no existe.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>its agent is disconnected</source>
            <translation>su agente está desconectado</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>it has received no recovery point yet</source>
            <translation>aún no ha recibido ningún punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>the last point it received is from {0}</source>
            <translation>el último punto que recibió es de las {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>the recovery host {0} is unreachable ({1}): a failover cannot start there until it returns; {2}.</source>
            <translation>el host de recuperación {0} es inaccesible ({1}): una conmutación por error no puede iniciarse allí hasta que vuelva; {2}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The plan has no protected items: edit the plan first.</source>
            <translation>El plan no tiene elementos protegidos: edite primero el plan.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules of {0}</source>
            <translation>Reglas IP de {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Save rules</source>
            <translation>Guardar reglas</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules</source>
            <translation>Reglas IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Where VMs of {0} get their addresses at a failover. One rule a line; a per-VM rule wins over a subnet rule; without rules VMs keep their addresses.</source>
            <translation>Dónde obtienen sus direcciones las VM de {0} en una conmutación por error. Una regla por línea; una regla por VM prevalece sobre una regla de subred; sin reglas las VM conservan sus direcciones.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Subnet rules</source>
            <translation>Reglas de subred</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>PRIMARY=RECOVERY subnet, the host part kept, then optionally ,gateway=IP and ,dns=IP</source>
            <translation>Subred PRINCIPAL=RECUPERACIÓN, se conserva la parte de host, luego opcionalmente ,gateway=IP y ,dns=IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Per-VM rules</source>
            <translation>Reglas por VM</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>VM=ADDRESS with its prefix length, then optionally ,gateway=IP</source>
            <translation>VM=DIRECCIÓN con su longitud de prefijo, luego opcionalmente ,gateway=IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Failovers already started keep the addresses they were started with.</source>
            <translation>Las conmutaciones por error ya iniciadas conservan las direcciones con las que se iniciaron.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Addresses at a failover</source>
            <translation>Direcciones en una conmutación por error</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>no VM named {0}</source>
            <translation>ninguna VM se llama {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, línea {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules of {0} saved.</source>
            <translation>Reglas IP de {0} guardadas.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Pair clouds</source>
            <translation>Emparejar nubes</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Clouds</source>
            <translation>Nubes</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Every VM protected in the primary cloud replicates to the recovery cloud.</source>
            <translation>Cada VM protegida en la nube principal se replica en la nube de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Primary cloud</source>
            <translation>Nube principal</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>paired already</source>
            <translation>ya emparejada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Recovery cloud</source>
            <translation>Nube de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>on the primary cloud's site</source>
            <translation>en el sitio de la nube principal</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Replication policy</source>
            <translation>Directiva de replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>The policy every VM of the pairing is protected with.</source>
            <translation>La directiva con la que se protege cada VM del emparejamiento.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Policy</source>
            <translation>Directiva</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>A new policy: Protection → New replication policy…</source>
            <translation>Una directiva nueva: Protección → Nueva directiva de replicación…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>mapped to {0}</source>
            <translation>asignada a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>(not mapped)</source>
            <translation>(sin asignar)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Network mapping</source>
            <translation>Asignación de red</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Which network a failed-over VM joins at the recovery site.</source>
            <translation>A qué red se une una VM tras la conmutación por error en el sitio de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Test failovers use the recovery site's isolated test network.</source>
            <translation>Las conmutaciones por error de prueba usan la red de prueba aislada del sitio de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose the primary cloud.</source>
            <translation>Elija la nube principal.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>This cloud is paired already.</source>
            <translation>Esta nube ya está emparejada.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose the recovery cloud.</source>
            <translation>Elija la nube de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>The recovery cloud must be on another site than the primary.</source>
            <translation>La nube de recuperación debe estar en otro sitio que la principal.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose a replication policy (or create one).</source>
            <translation>Elija una directiva de replicación (o cree una).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Map {0}</source>
            <translation>Asignar {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>to {0}</source>
            <translation>a {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Clouds paired ({0}).</source>
            <translation>Nubes emparejadas ({0}).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest (apply everything received first: least data lost)</source>
            <translation>Más reciente (aplicar antes todo lo recibido: menor pérdida de datos)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest processed (start at once: least time)</source>
            <translation>Último procesado (iniciar de inmediato: menor tiempo)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest app-consistent (applications start clean)</source>
            <translation>Último coherente con la aplicación (las aplicaciones se inician limpias)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>A point from the list</source>
            <translation>Un punto de la lista</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>{0} — {1} — {2} old</source>
            <translation>{0} — {1} — de hace {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>no such recovery point</source>
            <translation>no existe ese punto de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>none expected: the source is shut down and its last changes shipped first</source>
            <translation>ninguna prevista: el origen se apaga y sus últimos cambios se envían primero</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>writes of {0}, up to the last contact with the source at {1}</source>
            <translation>escrituras de {0}, hasta el último contacto con el origen a las {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>writes of the last {0}</source>
            <translation>escrituras de los últimos {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>, {0} never replicated</source>
            <translation>, {0} nunca replicados</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>No app-consistent recovery point yet.</source>
            <translation>Aún no hay ningún punto de recuperación coherente con la aplicación.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>No recovery point yet.</source>
            <translation>Aún no hay ningún punto de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Point age: {0}</source>
            <translation>Antigüedad del punto: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Points up to {0} old</source>
            <translation>Puntos de hasta {0} de antigüedad</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>scheduled at {0}</source>
            <translation>programada a las {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>immediately</source>
            <translation>inmediatamente</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Copy frequency</source>
            <translation>Frecuencia de copia</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Recovery points kept</source>
            <translation>Puntos de recuperación conservados</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>App-consistent points</source>
            <translation>Puntos coherentes con la aplicación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>every {0} h</source>
            <translation>cada {0} h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Compression</source>
            <translation>Compresión</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>on</source>
            <translation>activada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>off</source>
            <translation>desactivada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Initial replication starts</source>
            <translation>Inicio de la replicación inicial</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>On disable</source>
            <translation>Al deshabilitar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>delete the replica</source>
            <translation>eliminar la réplica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>keep the replica</source>
            <translation>conservar la réplica</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Edit replication policy</source>
            <translation>Editar directiva de replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>New replication policy</source>
            <translation>Nueva directiva de replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Save policy</source>
            <translation>Guardar directiva</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Create policy</source>
            <translation>Crear directiva</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Name and recovery points</source>
            <translation>Nombre y puntos de recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>How often changes are copied and how long recovery points are kept.</source>
            <translation>Con qué frecuencia se copian los cambios y cuánto tiempo se conservan los puntos de recuperación.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>e.g. Gold (30 s, 24 h)</source>
            <translation>p. ej. Oro (30 s, 24 h)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Lowest RPO; the most traffic.</source>
            <translation>RPO más bajo; el mayor tráfico.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The usual choice.</source>
            <translation>La opción habitual.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>For slow links.</source>
            <translation>Para enlaces lentos.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Keep recovery points for</source>
            <translation>Conservar los puntos de recuperación durante</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>0: only the latest point.</source>
            <translation>0: solo el punto más reciente.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>App-consistent point every</source>
            <translation>Punto coherente con la aplicación cada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>0: none; never more hours than the points are kept.</source>
            <translation>0: ninguno; nunca más horas de las que se conservan los puntos.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Transfer</source>
            <translation>Transferencia</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>How replication travels between the hosts.</source>
            <translation>Cómo viaja la replicación entre los hosts.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Compress the changes</source>
            <translation>Comprimir los cambios</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Delete the replica when protection is disabled</source>
            <translation>Eliminar la réplica al deshabilitar la protección</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Immediately</source>
            <translation>Inmediatamente</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The copy starts as soon as protection is enabled.</source>
            <translation>La copia empieza en cuanto se habilita la protección.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>At a set time</source>
            <translation>A una hora fijada</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The replica is prepared at once; the copy waits until then (for a quiet link). After that time, copies start at once.</source>
            <translation>La réplica se prepara de inmediato; la copia espera hasta entonces (para un enlace tranquilo). Pasada esa hora, las copias empiezan de inmediato.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Start at (UTC)</source>
            <translation>Iniciar a las (UTC)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>On the control plane's clock.</source>
            <translation>Según el reloj del plano de control.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Initial replication</source>
            <translation>Replicación inicial</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The first full copy of a VM when it gets protected: its disks travel over the replication link (only written blocks).</source>
            <translation>La primera copia completa de una VM cuando se protege: sus discos viajan por el enlace de replicación (solo los bloques escritos).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Give the policy a name.</source>
            <translation>Dé un nombre a la directiva.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The name is limited to 120 characters.</source>
            <translation>El nombre tiene un límite de 120 caracteres.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>A policy named {0} exists already.</source>
            <translation>Ya existe una directiva llamada {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Choose a copy frequency.</source>
            <translation>Elija una frecuencia de copia.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Keep points 0 to 24 hours.</source>
            <translation>Conserve los puntos de 0 a 24 horas.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>An app-consistent point every {0} h would never be kept: points are kept {1} h. Keep them longer or make app-consistent points more often.</source>
            <translation>Un punto coherente con la aplicación cada {0} h nunca se conservaría: los puntos se conservan {1} h. Consérvelos más tiempo o cree puntos coherentes con la aplicación más a menudo.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Choose a start in the future.</source>
            <translation>Elija un inicio en el futuro.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Replication policy {0} created.</source>
            <translation>Directiva de replicación {0} creada.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Replication policy {0} saved.</source>
            <translation>Directiva de replicación {0} guardada.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Enable protection</source>
            <translation>Habilitar protección</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Cloud pairing</source>
            <translation>Emparejamiento de nubes</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Where the VMs replicate to, and under which policy.</source>
            <translation>Adónde se replican las VM y con qué directiva.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Pairing</source>
            <translation>Emparejamiento</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>No pairing for the VMs' cloud? Protection → Pair clouds…</source>
            <translation>¿No hay emparejamiento para la nube de las VM? Protección → Emparejar nubes…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} disk(s), {1}</source>
            <translation>{0} disco(s), {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Virtual machines</source>
            <translation>Máquinas virtuales</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The unprotected VMs of {0}.</source>
            <translation>Las VM no protegidas de {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Disks</source>
            <translation>Discos</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Power</source>
            <translation>Energía</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Filter by name or host</source>
            <translation>Filtrar por nombre o host</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The VMs are protected with the pairing's policy {0}.</source>
            <translation>Las VM se protegen con la directiva {0} del emparejamiento.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The first full copy of each VM's disks.</source>
            <translation>La primera copia completa de los discos de cada VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Set by the policy: to change them, edit the policy (Protection → Replication policies) before you start.</source>
            <translation>Los fija la directiva: para cambiarlos, edite la directiva (Protección → Directivas de replicación) antes de empezar.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>One job per VM; the jobs pane follows them.</source>
            <translation>Un trabajo por VM; el panel de trabajos los sigue.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Policy: {0}</source>
            <translation>Directiva: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>immediately (the scheduled {0} has passed)</source>
            <translation>inmediatamente (la hora programada {0} ya pasó)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>at {0}; the replica is prepared now</source>
            <translation>a las {0}; la réplica se prepara ahora</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Starts</source>
            <translation>Comienza</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>To copy</source>
            <translation>Por copiar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} (sparse: only written blocks travel)</source>
            <translation>{0} (disperso: solo viajan los bloques escritos)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Choose a cloud pairing (or pair the clouds first).</source>
            <translation>Elija un emparejamiento de nubes (o empareje antes las nubes).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Select at least one VM.</source>
            <translation>Seleccione al menos una VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} is not an unprotected VM of this pairing's cloud.</source>
            <translation>{0} no es una VM no protegida de la nube de este emparejamiento.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VMs ({0})</source>
            <translation>VM ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Enable protection: {0} job(s) started.</source>
            <translation>Habilitar protección: {0} trabajo(s) iniciado(s).</translation>
        </message>
    </context>
    <context>
        <name>WizardMenus</name>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;Protection</source>
            <translation>&amp;Protección</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;Enable protection…</source>
            <translation>&amp;Habilitar protección…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;New replication policy…</source>
            <translation>&amp;Nueva directiva de replicación…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Edit replication &amp;policy</source>
            <translation>&amp;Editar directiva de replicación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Pair &amp;clouds…</source>
            <translation>Emparejar n&amp;ubes…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Edit &amp;IP rules of a network mapping</source>
            <translation>Editar reglas &amp;IP de una asignación de red</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Recovery p&amp;lans</source>
            <translation>Planes de &amp;recuperación</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no policy yet)</source>
            <translation>(aún no hay directivas)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no network mapping yet)</source>
            <translation>(aún no hay asignación de red)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>The plan has no protected items.</source>
            <translation>El plan no tiene elementos protegidos.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Run a plan:</source>
            <translation>Ejecutar un plan:</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no recovery plan to run yet)</source>
            <translation>(aún no hay planes de recuperación que ejecutar)</translation>
        </message>
    </context>
</TS>
