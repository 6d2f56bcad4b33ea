
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0d92757d19c079a4': `La fuente de eventos incluida en esta página no contiene una lista de eventos.`,
's249e27705ccae891': `No se han publicado objetivos para este evento.`,
's36d41c7532269f47': str`No se encontró la fuente de eventos en ${0} (error 404). Verifique la dirección.`,
's3bb786d3b55ba37c': `Cancelado`,
's3e37405ad1394c53': `lugar por confirmar`,
's42a5dc55f504f8a9': `La propiedad feed no contiene una fuente de eventos: no tiene una lista de eventos.`,
's5543af54cb4d6682': `La propiedad feed contiene un texto que no es JSON válido.`,
's5a96f18ea7e0e519': str`No se pudo acceder a la fuente de eventos (${0}). Verifique la dirección y que su servidor permita a este sitio leerla.`,
's5d82176efe1ef78c': `No se pudo mostrar la información del evento.`,
's605d402692fe23dd': `Forma parte de`,
's694d2385227feac3': `Trasladado a formato en línea`,
's6a58a3643f6865ad': str`El servidor de la fuente de eventos respondió con el error ${0} (${1}).`,
's6c0d27b50eeb5b9f': str`Mostrar los ${0} objetivos`,
's7492e43aaa66d2bf': str`La fuente de eventos ubicada en ${0} no es JSON válido; puede que contenga un error de escritura.`,
's75f327cafe2dea1c': `No se ha indicado ninguna fuente de eventos: añada al elemento un atributo src con la dirección de la fuente.`,
's776d6a50167ab1b8': str`hora de ${0}, ${1}`,
's840372ac3b2d998f': str`El archivo ubicado en ${0} no es una fuente de eventos: no contiene una lista de eventos.`,
's8740722379f1316e': str`La dirección de la fuente de eventos no es una dirección web válida: ${0}`,
's91de7052854e57bb': `Objetivos de Desarrollo Sostenible`,
'sa995ebd63979df2a': str`Esta fuente no contiene ningún evento con el id "${0}".`,
'sabf0e099159a8caa': `en línea`,
'sc8a7c56c6e818b51': `Objetivos`,
'scae753aa81a865b1': `Cargando la información del evento…`,
'scf9adaf9d4dea6c6': str`La fuente de eventos tardó demasiado en cargarse (${0}). Vuelva a intentarlo más tarde.`,
'sd30fb40abf72b713': `Mostrar menos objetivos`,
'sde7a7ce9c8f663a1': `Aplazado`,
'sdg-1': `Fin de la pobreza`,
'sdg-10': `Reducción de las desigualdades`,
'sdg-11': `Ciudades y comunidades sostenibles`,
'sdg-12': `Producción y consumo responsables`,
'sdg-13': `Acción por el clima`,
'sdg-14': `Vida submarina`,
'sdg-15': `Vida de ecosistemas terrestres`,
'sdg-16': `Paz, justicia e instituciones sólidas`,
'sdg-17': `Alianzas para lograr los objetivos`,
'sdg-2': `Hambre cero`,
'sdg-3': `Salud y bienestar`,
'sdg-4': `Educación de calidad`,
'sdg-5': `Igualdad de género`,
'sdg-6': `Agua limpia y saneamiento`,
'sdg-7': `Energía asequible y no contaminante`,
'sdg-8': `Trabajo decente y crecimiento económico`,
'sdg-9': `Industria, innovación e infraestructura`,
'se3be3b494f59aa60': str`Objetivo ${0}: ${1}`,
'se4edc81c590226e5': `Organizado por`,
'se90cd2152cf8991b': `Reprogramado`,
'seadeb3a807d7478a': `En línea`,
'sedab98e36ab5ee60': `Esta fuente no contiene ningún evento.`,
'sefa7962908337eb1': `La fuente de eventos incluida en esta página no es JSON válido; puede que contenga un error de escritura.`,
'sf4adf80b7a605b0d': `también en línea`,
    };
  