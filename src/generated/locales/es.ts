
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'agenda-session-ended': `Terminada`,
's0553421190ced56c': `El programa de este evento aún no se ha publicado.`,
's0d92757d19c079a4': `La fuente de eventos incluida en esta página no contiene una lista de eventos.`,
's0fbf6dc6a1966408': `A continuación`,
's1b620e51708bd4dd': `Añadir al calendario`,
's1f9ed8d17b81180c': str`En ${0}`,
's2903cbf341987490': `Todos los ejes`,
's2d922628149f21ac': `Añadir el evento a mi calendario`,
's326bf8c06cf5db8a': str`El ${0}`,
's36d41c7532269f47': str`No se encontró la fuente de eventos en ${0} (error 404). Verifique la dirección.`,
's3763f519c347a9f7': `Ahora`,
's3b3c333481944862': `Mostrar detalles`,
's3bb786d3b55ba37c': `Cancelado`,
's3e37405ad1394c53': `lugar por confirmar`,
's416b8ebbb1b6c0af': str`El destino de la cuenta regresiva ${0} no existe en ${1}: los relojes se saltan esa hora.`,
's42a5dc55f504f8a9': `La propiedad feed no contiene una fuente de eventos: no tiene una lista de eventos.`,
's4627a9667a335f23': `Próximamente`,
's5543af54cb4d6682': `La propiedad feed contiene un texto que no es JSON válido.`,
's5a96f18ea7e0e519': str`No se pudo acceder a la fuente de eventos (${0}). Verifique la dirección y que su servidor permita a este sitio leerla.`,
's5d82176efe1ef78c': `No se pudo mostrar la información del evento.`,
's605d402692fe23dd': `Forma parte de`,
's618a66ba65963d18': str`Se muestran ${0} de ${1} sesiones.`,
's61ad1ec3584cbe83': `Filtrar por eje temático`,
's694d2385227feac3': `Trasladado a formato en línea`,
's6a58a3643f6865ad': str`El servidor de la fuente de eventos respondió con el error ${0} (${1}).`,
's6b1376d0316785d0': str`El destino de la cuenta regresiva "${0}" no es una fecha: escríbalo como 2019-12-09T12:30 o 2019-12-09T18:30:00Z.`,
's7492e43aaa66d2bf': str`La fuente de eventos ubicada en ${0} no es JSON válido; puede que contenga un error de escritura.`,
's75f327cafe2dea1c': `No se ha indicado ninguna fuente de eventos: añada al elemento un atributo src con la dirección de la fuente.`,
's776d6a50167ab1b8': str`hora de ${0}, ${1}`,
's840372ac3b2d998f': str`El archivo ubicado en ${0} no es una fuente de eventos: no contiene una lista de eventos.`,
's8740722379f1316e': str`La dirección de la fuente de eventos no es una dirección web válida: ${0}`,
's8fbbda40a6a58a03': `Empieza en`,
's8feccfd95c5a34f0': `Mostrar las horas en mi zona horaria`,
's9b2ffa813c8d2064': `Inicio:`,
'sa995ebd63979df2a': str`Esta fuente no contiene ningún evento con el id "${0}".`,
'saa9a5676fd2b8dbe': str`Esta fuente no contiene ningún evento utilizable con el id "${0}": se omitió un evento porque le falta el inicio o su inicio no es una fecha.`,
'sab77d17fb8dfa0bd': `Tiempo restante`,
'sabf0e099159a8caa': `en línea`,
'sb286421d1fbed34e': str`Horario del evento: ${0}.`,
'sbbb2bd6c5f007e7b': `Fin:`,
'sc746bee30bd87696': str`Horario: ${0}.`,
'sc7b4691a55efaba7': str`Su zona horaria: ${0}.`,
'scae753aa81a865b1': `Cargando la información del evento…`,
'scf9adaf9d4dea6c6': str`La fuente de eventos tardó demasiado en cargarse (${0}). Vuelva a intentarlo más tarde.`,
'sd685c85b245c6e9f': `Ocultar detalles`,
'sd79c3d195bfcd52f': `En curso`,
'sde7a7ce9c8f663a1': `Aplazado`,
'se4edc81c590226e5': `Organizado por`,
'se90cd2152cf8991b': `Reprogramado`,
'seadeb3a807d7478a': `En línea`,
'sedab98e36ab5ee60': `Esta fuente no contiene ningún evento.`,
'sefa7962908337eb1': `La fuente de eventos incluida en esta página no es JSON válido; puede que contenga un error de escritura.`,
'sf113fa256db9617b': `Finalizado`,
'sf4adf80b7a605b0d': `también en línea`,
'sf75149d9094b29ef': `Esta cuenta regresiva no tiene destino: indique una fecha en el atributo target, o un evento de una fuente.`,
'sfec7f4f76aee82c1': `Siguiente en la serie:`,
    };
  