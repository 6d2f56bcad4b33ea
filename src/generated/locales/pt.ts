
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'agenda-session-ended': `Terminada`,
's0553421190ced56c': `O programa deste evento ainda não foi publicado.`,
's0d92757d19c079a4': `O feed de eventos incluído nesta página não contém uma lista de eventos.`,
's0fbf6dc6a1966408': `A seguir`,
's1b620e51708bd4dd': `Adicionar à agenda`,
's1f9ed8d17b81180c': str`Em ${0}`,
's2903cbf341987490': `Todos os eixos`,
's2d922628149f21ac': `Adicionar o evento à minha agenda`,
's326bf8c06cf5db8a': str`Em ${0}`,
's36d41c7532269f47': str`O feed de eventos não foi encontrado em ${0} (erro 404). Verifique o endereço.`,
's3763f519c347a9f7': `Agora`,
's3b3c333481944862': `Mostrar detalhes`,
's3bb786d3b55ba37c': `Cancelado`,
's3e37405ad1394c53': `local a confirmar`,
's416b8ebbb1b6c0af': str`O destino da contagem regressiva ${0} não existe em ${1}: os relógios pulam esse horário.`,
's42a5dc55f504f8a9': `A propriedade feed não contém um feed de eventos: não tem uma lista de eventos.`,
's4627a9667a335f23': `Em breve`,
's5543af54cb4d6682': `A propriedade feed contém um texto que não é JSON válido.`,
's5a96f18ea7e0e519': str`Não foi possível obter o feed de eventos (${0}). Verifique o endereço e se o servidor do feed permite que este site o leia.`,
's5d82176efe1ef78c': `Não foi possível mostrar as informações do evento.`,
's605d402692fe23dd': `Faz parte de`,
's618a66ba65963d18': str`A mostrar ${0} de ${1} sessões.`,
's61ad1ec3584cbe83': `Filtrar por eixo temático`,
's694d2385227feac3': `Transferido para o formato online`,
's6a58a3643f6865ad': str`O servidor do feed de eventos respondeu com o erro ${0} (${1}).`,
's6b1376d0316785d0': str`O destino da contagem regressiva "${0}" não é uma data: escreva-o como 2019-12-09T12:30 ou 2019-12-09T18:30:00Z.`,
's7492e43aaa66d2bf': str`O feed de eventos em ${0} não é um JSON válido; pode conter um erro de digitação.`,
's75f327cafe2dea1c': `Nenhum feed de eventos foi definido: adicione ao elemento um atributo src com o endereço do feed.`,
's776d6a50167ab1b8': str`horário de ${0}, ${1}`,
's840372ac3b2d998f': str`O documento em ${0} não é um feed de eventos: não contém uma lista de eventos.`,
's8740722379f1316e': str`O endereço do feed de eventos não é um endereço web válido: ${0}`,
's8fbbda40a6a58a03': `Começa em`,
's8feccfd95c5a34f0': `Mostrar os horários no meu fuso horário`,
's9b2ffa813c8d2064': `Início:`,
'sa995ebd63979df2a': str`Este feed não contém nenhum evento com o id "${0}".`,
'saa9a5676fd2b8dbe': str`Este feed não contém nenhum evento utilizável com o id "${0}": um evento foi deixado de fora porque o início está ausente ou não é uma data.`,
'sab77d17fb8dfa0bd': `Tempo restante`,
'sabf0e099159a8caa': `online`,
'sb286421d1fbed34e': str`Horário do evento: ${0}.`,
'sbbb2bd6c5f007e7b': `Término:`,
'sc746bee30bd87696': str`Horários: ${0}.`,
'sc7b4691a55efaba7': str`O seu fuso horário: ${0}.`,
'scae753aa81a865b1': `Carregando as informações do evento…`,
'scf9adaf9d4dea6c6': str`O carregamento do feed de eventos demorou demasiado tempo (${0}). Tente novamente mais tarde.`,
'sd685c85b245c6e9f': `Ocultar detalhes`,
'sd79c3d195bfcd52f': `Acontecendo agora`,
'sde7a7ce9c8f663a1': `Adiado`,
'se4edc81c590226e5': `Organizado por`,
'se90cd2152cf8991b': `Reagendado`,
'seadeb3a807d7478a': `Online`,
'sedab98e36ab5ee60': `Este feed não contém nenhum evento.`,
'sefa7962908337eb1': `O feed de eventos incluído nesta página não é um JSON válido; pode conter um erro de digitação.`,
'sf113fa256db9617b': `Encerrado`,
'sf4adf80b7a605b0d': `também online`,
'sf75149d9094b29ef': `Esta contagem regressiva não tem destino: indique uma data no atributo target, ou um evento de um feed.`,
'sfec7f4f76aee82c1': `Próximo da série:`,
    };
  